// mm
package main

import "unsafe"

func bits(f *float64) uint64 {
	return *(*uint64)(unsafe.Pointer(f))
}

func main() {
	f := 1.0
	println(bits(&f) == 0x3ff0000000000000)
}
