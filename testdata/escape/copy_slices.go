// mm
package main

func clone(src []int) []int {
	dst := make([]int, len(src))
	copy(dst, src)
	return dst
}

func main() {
	a := []int{1, 2, 3}
	var b [3]int
	n := copy(b[:], a)
	c := clone(a)
	println(n, b[2], c[1])
}
