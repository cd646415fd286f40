// mm
package main

func primes() []int {
	return []int{2, 3, 5, 7, 11}
}

func evens(n int) []int {
	out := make([]int, 0, 4)
	for i := 0; i < n; i += 2 {
		out = append(out, i)
	}
	return out
}

func main() {
	p := primes()
	e := evens(8)
	println(len(p), p[4], len(e), e[3])
}
