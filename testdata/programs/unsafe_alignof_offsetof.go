package main

import (
	"fmt"
	"unsafe"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint8
	Count   uint32
	Size    uint64
	Name    string
}

func main() {
	var (
		b    bool
		i8   int8
		i16  int16
		i32  int32
		i64  int64
		i    int
		u    uint
		up   uintptr
		f32  float32
		f64  float64
		c64  complex64
		c128 complex128
		s    string
		sl   []byte
		m    map[string]int
		p    *int
		fn   func()
		ch   chan int
		e    any
		er   error
		r    rune
		by   byte
		arr  [3]int16
	)
	fmt.Println("type        size align")
	row := func(name string, size, align uintptr) { fmt.Printf("%-11s %4d %5d\n", name, size, align) }
	row("bool", unsafe.Sizeof(b), unsafe.Alignof(b))
	row("int8", unsafe.Sizeof(i8), unsafe.Alignof(i8))
	row("int16", unsafe.Sizeof(i16), unsafe.Alignof(i16))
	row("int32", unsafe.Sizeof(i32), unsafe.Alignof(i32))
	row("int64", unsafe.Sizeof(i64), unsafe.Alignof(i64))
	row("int", unsafe.Sizeof(i), unsafe.Alignof(i))
	row("uint", unsafe.Sizeof(u), unsafe.Alignof(u))
	row("uintptr", unsafe.Sizeof(up), unsafe.Alignof(up))
	row("float32", unsafe.Sizeof(f32), unsafe.Alignof(f32))
	row("float64", unsafe.Sizeof(f64), unsafe.Alignof(f64))
	row("complex64", unsafe.Sizeof(c64), unsafe.Alignof(c64))
	row("complex128", unsafe.Sizeof(c128), unsafe.Alignof(c128))
	row("string", unsafe.Sizeof(s), unsafe.Alignof(s))
	row("[]byte", unsafe.Sizeof(sl), unsafe.Alignof(sl))
	row("map", unsafe.Sizeof(m), unsafe.Alignof(m))
	row("*int", unsafe.Sizeof(p), unsafe.Alignof(p))
	row("func", unsafe.Sizeof(fn), unsafe.Alignof(fn))
	row("chan", unsafe.Sizeof(ch), unsafe.Alignof(ch))
	row("any", unsafe.Sizeof(e), unsafe.Alignof(e))
	row("error", unsafe.Sizeof(er), unsafe.Alignof(er))
	row("rune", unsafe.Sizeof(r), unsafe.Alignof(r))
	row("byte", unsafe.Sizeof(by), unsafe.Alignof(by))
	row("[3]int16", unsafe.Sizeof(arr), unsafe.Alignof(arr))

	var h Header
	fmt.Println("Header size:", unsafe.Sizeof(h), "align:", unsafe.Alignof(h))
	fmt.Println("Magic", unsafe.Offsetof(h.Magic), "Version", unsafe.Offsetof(h.Version), "Flags", unsafe.Offsetof(h.Flags),
		"Count", unsafe.Offsetof(h.Count), "Size", unsafe.Offsetof(h.Size), "Name", unsafe.Offsetof(h.Name))
	// Sizeof does not include referenced memory.
	big := make([]int, 1000)
	str := "a fairly long string that lives elsewhere"
	fmt.Println(unsafe.Sizeof(big), unsafe.Sizeof(str), len(big), len(str))
	const k = unsafe.Sizeof(h) * 2 // Sizeof is a compile-time constant
	fmt.Printf("%d %T\n", k, k)
}
