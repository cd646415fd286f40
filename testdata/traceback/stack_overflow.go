package main

import (
	"fmt"
	"runtime/debug"
)

type node struct{ next *node }

func (n *node) depth() int {
	return 1 + n.next.depth()
}

func main() {
	prev := debug.SetMaxStack(1 << 20)
	fmt.Println("previous limit:", prev)
	n := &node{}
	n.next = n
	fmt.Println(n.depth())
}
