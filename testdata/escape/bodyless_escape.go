// mm
package main

import "unsafe"

// A body-less function without //go:noescape: its pointer arguments are
// assumed to leak to the heap.
//
//go:linkname memmove runtime.memmove
func memmove(to, from unsafe.Pointer, n uintptr)

func main() {
	src := [4]byte{5, 6, 7, 8}
	var dst [4]byte
	memmove(unsafe.Pointer(&dst), unsafe.Pointer(&src), 4)
	println(dst[0], dst[3])
}
