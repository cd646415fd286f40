// unsafe.Offsetof of promoted fields (offset in the selector's own struct,
// summed through embedded structs), through a pointer to the struct, and
// Sizeof/Alignof of the same types. Constant boolean switch cases may
// repeat (gc reports duplicates for numbers and strings only).
package main

import (
	"fmt"
	"unsafe"
)

type inner struct {
	P int16
	Q int64
}

type middle struct {
	Flag bool
	inner
	R [3]byte
}

type outer struct {
	Tag uint8
	middle
	Tail *outer
}

type viaPtr struct {
	Head int32
	*inner
}

func main() {
	var o outer
	var po *outer
	fmt.Println(unsafe.Offsetof(o.Q), unsafe.Offsetof(po.Q), unsafe.Offsetof(o.middle.Q), unsafe.Offsetof(o.middle.inner.Q))
	fmt.Println(unsafe.Offsetof(o.P), unsafe.Offsetof(o.R), unsafe.Offsetof(po.R), unsafe.Offsetof(o.Tail))
	fmt.Println(unsafe.Sizeof(o), unsafe.Alignof(o), unsafe.Sizeof(o.middle), unsafe.Alignof(o.R), unsafe.Sizeof(po))
	var v viaPtr
	fmt.Println(unsafe.Offsetof(v.inner), unsafe.Sizeof(v), unsafe.Offsetof(v.inner.Q))
	switch {
	case unsafe.Offsetof(o.Q) != 16:
		fmt.Println("Q moved")
	case unsafe.Offsetof(o.P) != 8:
		fmt.Println("P moved")
	case unsafe.Sizeof(o) != 48:
		fmt.Println("size changed")
	default:
		fmt.Println("layout as expected")
	}
}
