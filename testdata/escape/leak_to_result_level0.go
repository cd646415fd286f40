// mm
package main

type node struct {
	val  int
	next *node
}

func self(n *node) *node {
	return n
}

func pick(a, b *node, first bool) *node {
	if first {
		return a
	}
	return b
}

func main() {
	x := node{val: 1}
	y := node{val: 2}
	println(self(&x).val, pick(&x, &y, false).val)
}
