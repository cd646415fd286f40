// Deep recursion through generic functions whose frames hold arrays of the
// type argument (strings, pointer arrays): stack growth and the GC scan each
// instance's frames by its own stack map.
package main

import "fmt"

type Node[T any] struct {
	v    T
	next *Node[T]
}

func Build[T any](n int, v T) *Node[T] {
	if n == 0 {
		return nil
	}
	var big [64]T
	big[n%64] = v
	return &Node[T]{big[n%64], Build(n-1, v)}
}

func Len[T any](p *Node[T]) int {
	if p == nil {
		return 0
	}
	return 1 + Len(p.next)
}

func main() {
	l := Build(20000, "s")
	fmt.Println(Len(l), l.v)
	m := Build(5000, [2]*int{})
	fmt.Println(Len(m))
}
