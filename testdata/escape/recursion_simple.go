// mm
package main

type tree struct {
	left, right *tree
	v           int
}

func sum(t *tree) int {
	if t == nil {
		return 0
	}
	return t.v + sum(t.left) + sum(t.right)
}

func main() {
	l := tree{v: 1}
	r := tree{v: 2}
	root := tree{left: &l, right: &r, v: 3}
	println(sum(&root))
}
