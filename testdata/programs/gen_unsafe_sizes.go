// unsafe.Sizeof, Alignof and Offsetof of operands whose type is a type
// parameter: computed per instance (not the generic body's constant).
package main

import (
	"fmt"
	"unsafe"
)

type Rec[T any] struct {
	head T
	tail int16
}

func (r *Rec[T]) TailAt() uintptr { return unsafe.Offsetof(r.tail) }

func Sizes[T any](x T) (uintptr, uintptr) { return unsafe.Sizeof(x), unsafe.Alignof(x) }

func main() {
	a, b := Sizes(int8(1))
	fmt.Println(a, b)
	a, b = Sizes("str")
	fmt.Println(a, b)
	a, b = Sizes([3]int32{})
	fmt.Println(a, b)
	a, b = Sizes(Rec[complex128]{})
	fmt.Println(a, b)
	fmt.Println((&Rec[byte]{}).TailAt(), (&Rec[[5]int64]{}).TailAt(), (&Rec[any]{}).TailAt())
}
