package main

import "fmt"

type Buffer struct {
	data []byte
}

// NewBuffer preallocates length bytes with room to grow to capacity.
func NewBuffer(length, capacity int) *Buffer {
	return &Buffer{data: make([]byte, length, capacity)}
}

func main() {
	specs := [][2]int{{4, 16}, {0, 0}, {8, 8}, {10, 5}}
	for _, s := range specs {
		fmt.Println("len", s[0], "cap", s[1])
		b := NewBuffer(s[0], s[1])
		fmt.Println("  made buffer with len", len(b.data), "cap", cap(b.data))
	}
}
