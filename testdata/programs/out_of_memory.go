package main

import "fmt"

// Asking for more memory than the address space holds (128 TiB): Go's heap
// cannot reserve it, prints "runtime: out of memory: cannot allocate
// N-byte block (M in use)" and throws "out of memory" (exit 2). Nothing is
// touched, so the test costs no memory.

var sink []byte

func main() {
	fmt.Println("asking for 128 TiB")
	n := 1 << 47
	sink = make([]byte, n)
	fmt.Println("unreachable", len(sink))
}
