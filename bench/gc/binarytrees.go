// binarytrees.go — the benchmarks-game binary-trees program (single
// goroutine): a stretch tree of depth maxDepth+1, a long-lived tree of depth
// maxDepth, and for every even depth d from 4 to maxDepth, 2^(maxDepth-d+4)
// short-lived trees of depth d, each walked for its node count. Every node
// is a separate heap object with two pointers, so the collector marks a
// pointer-dense graph; the output is the benchmark's deterministic check
// lines.
package main

import "fmt"

const maxDepth = 18

type Node struct{ left, right *Node }

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 4
	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretch, bottomUp(stretch).check())

	longLived := bottomUp(maxDepth)

	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+minDepth)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iters, d, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.check())
}
