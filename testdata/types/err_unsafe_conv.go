package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c uint16
	d struct{}
}

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s.c), unsafe.Offsetof(s.c), unsafe.Sizeof([3]complex64{}))
	const sz = unsafe.Sizeof(s)
	var arr [sz]byte
	fmt.Println(len(arr))
	var p unsafe.Pointer = &s
	pi := (*int64)(unsafe.Add(p, 8))
	fmt.Println(*pi, unsafe.String(&[]byte("x")[0], 1))
	var b bool = bool(1)
	var i int = int(true)
	var f float64 = float64("1")
	var str string = string(1.5)
	c := complex(1, 2)
	var r float32 = real(c)
	var ii = imag(3)
	fmt.Println(b, i, f, str, r, ii, []byte(5), int(nil))
}
