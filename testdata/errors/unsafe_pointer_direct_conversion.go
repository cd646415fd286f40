package main

import (
	"fmt"
	"unsafe"
)

func main() {
	f := 1.5
	bits := (*uint64)(&f)
	fmt.Println(*bits, unsafe.Sizeof(f))
}
