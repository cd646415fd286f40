// allocs.go — allocation-heavy: builds and drops binary trees of small
// heap nodes (the shape of the benchmarks game's binary-trees).
// The size comes from runtime.NumGoroutine() (1 at start) so that the Go
// compiler cannot fold it; gomem has no os.Args yet.
package main

import (
	"fmt"
	"runtime"
)

type Node struct{ left, right *Node }

func make_(d int) *Node {
	if d == 0 {
		return &Node{}
	}
	return &Node{make_(d - 1), make_(d - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	scale := runtime.NumGoroutine()
	depth := 18 * scale
	total := 0
	for i := 0; i < 8; i++ {
		total += make_(depth).check()
	}
	fmt.Println(total)
}
