// mm
package main

type node struct {
	val  int
	next *node
}

func nextOf(n *node) *node {
	return n.next
}

func deref(pp **int) *int {
	return *pp
}

func main() {
	tail := node{val: 2}
	head := node{val: 1, next: &tail}
	v := 3
	pv := &v
	println(nextOf(&head).val, *deref(&pv))
}
