package main

import (
	"fmt"
	"unsafe"
)

// alignUp rounds n up to a multiple of align (a power of two).
func alignUp(n, align uintptr) uintptr {
	return (n + align - 1) &^ (align - 1)
}

type header struct {
	size  uintptr
	flags uint32
}

func main() {
	var p uintptr = 0x1000
	fmt.Printf("%#x %d %T\n", p, p, p)
	fmt.Println("size of uintptr:", unsafe.Sizeof(p))
	for _, n := range []uintptr{0, 1, 7, 8, 9, 4095, 4096, 4097} {
		fmt.Printf("alignUp(%d, 8) = %d   alignUp(%d, 4096) = %d\n", n, alignUp(n, 8), n, alignUp(n, 4096))
	}
	// Page arithmetic as an allocator does it.
	const pageShift = 13
	const pageSize = 1 << pageShift
	addrs := []uintptr{0, 8191, 8192, 100000, 1 << 20}
	for _, a := range addrs {
		page := a >> pageShift
		off := a & (pageSize - 1)
		fmt.Printf("addr %7d -> page %3d offset %4d\n", a, page, off)
	}
	h := header{size: 48, flags: 3}
	fmt.Println(h, unsafe.Sizeof(h))
	var zero uintptr
	zero--
	fmt.Println("uintptr(0)-1 =", zero, zero == ^uintptr(0))
	fmt.Println(uintptr(len("hello")) * 2)
}
