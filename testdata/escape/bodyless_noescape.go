// mm
package main

import "unsafe"

// A body-less function with //go:noescape: its pointer arguments are
// assumed not to escape.
//
//go:linkname memmove runtime.memmove
//go:noescape
func memmove(to, from unsafe.Pointer, n uintptr)

func main() {
	src := [4]byte{1, 2, 3, 4}
	var dst [4]byte
	memmove(unsafe.Pointer(&dst), unsafe.Pointer(&src), 4)
	println(dst[0], dst[3])
}
