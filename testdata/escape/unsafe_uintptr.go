package main

import "unsafe"

var sink uintptr

func main() {
	x := 7
	sink = uintptr(unsafe.Pointer(&x))
	y := 8
	p := unsafe.Pointer(&y)
	println(sink != 0, *(*int)(p))
}
