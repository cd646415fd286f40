package main

import (
	"fmt"
	"unsafe"
)

type Base struct{ N int }

type Wrapper struct {
	ID int
	*Base
}

func main() {
	var w *Wrapper
	fmt.Println(unsafe.Offsetof(w.ID), unsafe.Offsetof(w.N))
}
