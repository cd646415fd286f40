package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

// count has no base case for cycles: the tree below points back to itself.
func count(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + count(t.Left) + count(t.Right)
}

func main() {
	leaf := &Tree{Val: 2}
	root := &Tree{Val: 1, Left: leaf}
	fmt.Println("nodes:", count(root))
	leaf.Right = root // oops: a cycle
	fmt.Println("nodes:", count(root))
}
