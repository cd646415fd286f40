// mm
package main

func fill(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	println(fill(5), fill(100))
}
