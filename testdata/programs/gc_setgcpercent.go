package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type Node struct {
	val  int
	kids []*Node
}

func build(depth, fanout int) *Node {
	n := &Node{val: depth}
	if depth > 0 {
		n.kids = make([]*Node, fanout)
		for i := range n.kids {
			n.kids[i] = build(depth-1, fanout)
		}
	}
	return n
}

func count(n *Node) int {
	c := 1
	for _, k := range n.kids {
		c += count(k)
	}
	return c
}

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println("default GC percent:", old)
	t := build(7, 4)
	fmt.Println("nodes:", count(t))
	prev := debug.SetGCPercent(-1) // disable the collector
	fmt.Println("previous setting:", prev)
	garbage := 0
	for i := 0; i < 20; i++ {
		garbage += count(build(5, 4))
	}
	fmt.Println("garbage nodes created with GC off:", garbage)
	prev = debug.SetGCPercent(200)
	fmt.Println("previous setting:", prev)
	runtime.GC()
	fmt.Println("tree still intact:", count(t))
	fmt.Println("restored:", debug.SetGCPercent(old))
}
