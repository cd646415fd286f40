package main

import (
	"fmt"
	"unsafe"
)

func main() {
	arr := [4]int32{1, 2, 3, 4}
	p := unsafe.Pointer(&arr[0])
	next := p + 4
	fmt.Println(*(*int32)(next))
}
