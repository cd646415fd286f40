// mm
package main

type node struct {
	v    int
	next *node
}

func main() {
	var head *node
	for i := 0; i < 3; i++ {
		head = &node{v: i, next: head}
	}
	total := 0
	for i := 0; i < 3; i++ {
		tmp := new(node)
		tmp.v = i
		total += tmp.v
	}
	println(head.v, head.next.v, total)
}
