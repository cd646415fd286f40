package main

import "fmt"

type Arena struct {
	buf  []byte
	used int
}

// Alloc carves n bytes out of the arena, capping capacity with a full
// slice expression so callers cannot append into the next allocation.
func (a *Arena) Alloc(n int) []byte {
	b := a.buf[a.used : a.used+n : a.used+n]
	a.used += n
	return b
}

func main() {
	a := &Arena{buf: make([]byte, 16, 20)}
	for _, n := range []int{4, 8, 4, 6} {
		b := a.Alloc(n)
		fmt.Printf("alloc %d: len=%d cap=%d used=%d\n", n, len(b), cap(b), a.used)
	}
}
