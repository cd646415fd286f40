package main

import "fmt"

type Ring struct {
	buf  []int
	head int
}

func (r *Ring) At(i int) int {
	// Bug: forgets to wrap the index modulo len(buf).
	return r.buf[r.head+i]
}

func main() {
	r := &Ring{buf: []int{10, 20, 30, 40}, head: 2}
	for i := 0; i < 4; i++ {
		fmt.Println("element", i, "=", r.At(i))
	}
	fmt.Println("unreachable")
}
