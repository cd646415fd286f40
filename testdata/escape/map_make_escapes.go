// mm
package main

var cache map[int]int

func newIndex(n int) map[int]int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

func main() {
	cache = make(map[int]int)
	cache[1] = 2
	idx := newIndex(4)
	println(len(cache), idx[3])
}
