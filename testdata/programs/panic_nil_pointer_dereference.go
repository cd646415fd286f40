package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func sumList(n *Node) int {
	total := 0
	for {
		total += n.Val // bug: no nil check before the dereference
		n = n.Next
	}
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println("summing")
	fmt.Println(sumList(list))
}
