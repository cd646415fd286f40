// mm
package main

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	s := 0
	for v := range upTo(5) {
		s += v
	}
	println(s)
}
