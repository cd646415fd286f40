// mm
package main

import "unsafe"

type header struct {
	a int32
	b int32
}

func asInts(h *header) *[2]int32 {
	return (*[2]int32)(unsafe.Pointer(h))
}

func main() {
	h := header{1, 2}
	arr := asInts(&h)
	arr[1] = 20
	println(h.b)
}
