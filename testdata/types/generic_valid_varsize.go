package main

import (
	"fmt"
	"unsafe"
)

type Shape interface {
	Area() int
	Name() string
}

type pair[T any] struct {
	a, b T
}

// The size of a type parameter's value is not a constant: it may exceed
// what a constant expression of that type could hold, and it may index a
// constant string only at run time.
func sizes[T any](v T) uintptr {
	const big = 1<<63 - 1
	_ = big + int64(unsafe.Sizeof(v))
	_ = "ab"[unsafe.Sizeof(v)]
	var p pair[T]
	return unsafe.Sizeof(p) + unsafe.Alignof(v)
}

// An assertion to a type parameter needs no static check.
func as[T any](x Shape) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func main() {
	fmt.Println(sizes[byte](1))
	_, ok := as[bool](nil)
	fmt.Println(ok)
}
