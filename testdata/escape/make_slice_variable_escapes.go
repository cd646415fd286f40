// mm
package main

var kept []int

func alloc(n int) {
	kept = make([]int, n)
}

func allocCap(n int) []byte {
	return make([]byte, 0, n)
}

func main() {
	alloc(4)
	b := allocCap(16)
	println(len(kept), cap(b))
}
