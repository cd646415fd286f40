package main

import (
	"fmt"
	"unsafe"
)

type Header struct {
	Magic uint32
	Size  uint64
}

func main() {
	var h Header
	fmt.Println(unsafe.Offsetof(h))
}
