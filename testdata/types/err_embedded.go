package main

import (
	"io"
	"strings"
	"unsafe"
)

type PI *int
type A struct {
	*io.Reader
	unsafe.Pointer
	PI
}

func main() {
	var x *io.Reader = strings.NewReader("")
	_ = x
	var a A
	_ = a
}
