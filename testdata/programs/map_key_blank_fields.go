// Struct map keys with blank (_) fields: equal keys must hash alike, so
// the blank fields' contents (written through unsafe) must not count.
package main

import (
	"fmt"
	"unsafe"
)

type key struct {
	A, _, B int
}

type small struct {
	X int32
	_ int32
	Y int16
	_ [3]byte
}

func main() {
	var a, b key
	p := (*[3]int)(unsafe.Pointer(&a))
	p[1] = 12345
	a.A, a.B = 1, 2
	b.A, b.B = 1, 2
	m := map[key]string{}
	m[a] = "first"
	m[b] = "second"
	fmt.Println(a == b, len(m), m[a], m[b])

	var s, t small
	q := (*[16]byte)(unsafe.Pointer(&s))
	for i := range q {
		q[i] = 0xAA
	}
	s.X, s.Y = 5, 6
	t.X, t.Y = 5, 6
	set := map[small]bool{s: true}
	fmt.Println(s == t, set[t], len(set))
	var ia, ib any = a, b
	im := map[any]int{ia: 1}
	im[ib]++
	fmt.Println(len(im), im[ia])
}
