package main

import (
	"fmt"
	"unsafe"
)

type Bad struct {
	A bool  // 1 byte + 7 padding
	B int64 // 8
	C bool  // 1 byte + 7 padding
}

type Good struct {
	B int64 // 8
	A bool  // 1
	C bool  // 1 + 6 padding
}

type Mixed struct {
	a byte
	b int16
	c byte
	d int32
	e byte
	f float64
	g byte
}

type Small struct {
	a, b, c byte
}

type WithSlice struct {
	flag  bool
	data  []int
	name  string
	iface any
	ptr   *int
	m     map[int]int
	f     func()
	ch    chan int
}

type Empty struct{}

type TrailingEmpty struct {
	x int32
	e Empty
}

type Nested struct {
	s Small
	m Mixed
	b bool
}

func main() {
	fmt.Println("Bad:", unsafe.Sizeof(Bad{}), "Good:", unsafe.Sizeof(Good{}))
	var m Mixed
	fmt.Println("Mixed:", unsafe.Sizeof(m), "align", unsafe.Alignof(m))
	fmt.Println("  offsets:", unsafe.Offsetof(m.a), unsafe.Offsetof(m.b), unsafe.Offsetof(m.c),
		unsafe.Offsetof(m.d), unsafe.Offsetof(m.e), unsafe.Offsetof(m.f), unsafe.Offsetof(m.g))
	fmt.Println("Small:", unsafe.Sizeof(Small{}), "align", unsafe.Alignof(Small{}))
	var w WithSlice
	fmt.Println("WithSlice:", unsafe.Sizeof(w))
	fmt.Println("  offsets:", unsafe.Offsetof(w.data), unsafe.Offsetof(w.name), unsafe.Offsetof(w.iface),
		unsafe.Offsetof(w.ptr), unsafe.Offsetof(w.m), unsafe.Offsetof(w.f), unsafe.Offsetof(w.ch))
	fmt.Println("Empty:", unsafe.Sizeof(Empty{}), "TrailingEmpty:", unsafe.Sizeof(TrailingEmpty{}))
	fmt.Println("Nested:", unsafe.Sizeof(Nested{}), "array of 3 Mixed:", unsafe.Sizeof([3]Mixed{}))
	fmt.Println("array of Small:", unsafe.Sizeof([5]Small{}), "array of Bad:", unsafe.Sizeof([2]Bad{}))
	type pair struct {
		x int32
		y float32
	}
	fmt.Println("pair:", unsafe.Sizeof(pair{}), unsafe.Alignof(pair{}))
	type withComplex struct {
		b  bool
		c  complex128
		c2 complex64
	}
	var wc withComplex
	fmt.Println("withComplex:", unsafe.Sizeof(wc), unsafe.Offsetof(wc.c), unsafe.Offsetof(wc.c2), unsafe.Alignof(wc.c))
}
