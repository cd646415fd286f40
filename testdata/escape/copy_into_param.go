// mm
package main

func overwrite(dst, src []int) int {
	return copy(dst, src)
}

func fromString(dst []byte, s string) int {
	return copy(dst, s)
}

func main() {
	var a [4]int
	b := []int{7, 8}
	n := overwrite(a[:], b)
	var buf [3]byte
	m := fromString(buf[:], "xyz")
	println(n, a[1], m, buf[2])
}
