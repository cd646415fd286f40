package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type node struct {
	val  int
	next unsafe.Pointer // *node, kept alive only through this field
}

type holder struct {
	name string
	data unsafe.Pointer
}

var (
	global    = [4]int{1, 2, 3, 4}
	toGlobal  unsafe.Pointer // into the data/BSS segment
	toRodata  unsafe.Pointer // into a string literal's bytes
	toHeap    unsafe.Pointer // the only reference to a heap list
	asInteger uintptr        // an address as an integer: not a reference
)

func build(n int) unsafe.Pointer {
	var head unsafe.Pointer
	for i := 0; i < n; i++ {
		head = unsafe.Pointer(&node{val: i, next: head})
	}
	return head
}

func sum(p unsafe.Pointer) int {
	s := 0
	for p != nil {
		n := (*node)(p)
		s += n.val
		p = n.next
	}
	return s
}

func churn() {
	var keep [][]byte
	for i := 0; i < 2000; i++ {
		keep = append(keep, make([]byte, 64+i%200))
		if len(keep) > 50 {
			keep = keep[:0]
		}
	}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	toGlobal = unsafe.Pointer(&global[2])
	lit := "read-only bytes"
	toRodata = unsafe.Pointer(unsafe.StringData(lit))
	toHeap = build(100)
	asInteger = uintptr(unsafe.Pointer(&global[0]))

	hs := make([]holder, 0, 4)
	hs = append(hs, holder{"list", build(10)})
	m := map[string]unsafe.Pointer{"list": build(20)}
	var iface any = build(30)

	runtime.GC()
	churn()
	runtime.GC()

	fmt.Println(*(*int)(toGlobal), unsafe.String((*byte)(toRodata), 9))
	fmt.Println(sum(toHeap), sum(hs[0].data), sum(m["list"]), sum(iface.(unsafe.Pointer)))
	fmt.Println(asInteger == uintptr(unsafe.Pointer(&global)))

	// Walk the global array through pointer arithmetic.
	total := 0
	for i := uintptr(0); i < 4; i++ {
		total += *(*int)(unsafe.Add(unsafe.Pointer(&global), i*unsafe.Sizeof(global[0])))
	}
	fmt.Println(total)

	// Slices and strings over existing memory.
	b := []byte("hello, gomem")
	s := unsafe.Slice(unsafe.SliceData(b), 5)
	str := unsafe.String(&b[7], 5)
	b[0] = 'j'
	fmt.Println(string(s), str, len(s), cap(s))
	var nilSlice = unsafe.Slice((*int)(nil), 0)
	fmt.Println(nilSlice == nil, len(unsafe.String(nil, 0)))
	words := []uint16{0x6968, 0x2121}
	fmt.Println(unsafe.String((*byte)(unsafe.Pointer(&words[0])), 4))

	// Go's run-time checks.
	n := -1
	try("Slice", func() { _ = unsafe.Slice(&b[0], n) })
	try("Slice nil", func() { _ = unsafe.Slice((*int)(nil), 3) })
	try("String", func() { _ = unsafe.String(&b[0], n) })
	try("String nil", func() { _ = unsafe.String(nil, 1) })
	big := uint64(1) << 62
	try("Slice huge", func() { _ = unsafe.Slice((*uint64)(unsafe.Pointer(&b[0])), big) })

	// unsafe.Pointer as a map key and in an interface.
	keys := map[unsafe.Pointer]string{toGlobal: "global", unsafe.Pointer(&b[0]): "bytes"}
	fmt.Println(keys[unsafe.Pointer(&global[2])], keys[unsafe.Pointer(unsafe.SliceData(b))], len(keys))
	var e any = toGlobal
	fmt.Printf("%T %v\n", e, e == any(unsafe.Pointer(&global[2])))
	var np unsafe.Pointer
	fmt.Printf("%v %T\n", np, np)
	var nch chan int
	fmt.Printf("%x %d %X %b %o|%5d|%p %#p %s %q\n", np, np, nch, np, np, np, np, np, np, nch)
	println(np)
}
