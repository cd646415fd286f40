// mm
package main

func fill(dst []byte, s string) int {
	return copy(dst, s)
}

func main() {
	buf := make([]byte, 8)
	n := copy(buf, "gopher!")
	m := fill(buf[n:], "?")
	println(n, m, string(buf[:n+m]))
}
