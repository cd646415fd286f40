// A generic binary search tree with pointer nodes, many insertions and
// garbage (GC under gcstress), in-order traversal with a callback.
package main

import "fmt"

type Ordered interface{ ~int | ~string }

type Tree[K Ordered, V any] struct {
	root *tnode[K, V]
	size int
}

type tnode[K Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).k:
			p = &(*p).left
		case k > (*p).k:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
	t.size++
}

func (t *Tree[K, V]) Walk(f func(K, V)) { walk(t.root, f) }

func walk[K Ordered, V any](n *tnode[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.k, n.v)
	walk(n.right, f)
}

func main() {
	var t Tree[int, []string]
	for i := 0; i < 500; i++ {
		k := (i * 7919) % 211
		t.Put(k, []string{fmt.Sprint(i), fmt.Sprint(k)})
	}
	sum, n := 0, 0
	t.Walk(func(k int, v []string) { sum += k; n += len(v) })
	fmt.Println(t.size, sum, n)
	var s Tree[string, *int]
	for _, w := range []string{"m", "c", "x", "a", "c"} {
		x := len(w) * 10
		s.Put(w, &x)
	}
	s.Walk(func(k string, v *int) { fmt.Print(k, "=", *v, " ") })
	fmt.Println()
}
