package main

import "unsafe"

// Linked: no body needed.
//
//go:linkname memmove runtime.memmove
func memmove(to, from unsafe.Pointer, n uintptr)

// Not linked: Go wants a body.
//
//go:noescape
func memclr(p unsafe.Pointer, n uintptr)

func main() {
	var a, b [2]byte
	memmove(unsafe.Pointer(&a), unsafe.Pointer(&b), 2)
	memclr(unsafe.Pointer(&a), 2)
}
