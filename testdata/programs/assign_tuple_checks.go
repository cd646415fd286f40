// Tuple assignments store left to right, and each place's nil-pointer or
// bounds check happens at its own store: the stores before a failing one
// are done, the ones after are not. Index and pointer operands are the
// values from before any store. x[i] evaluates x before i.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

var order []string

func trace(s string, v int) int { order = append(order, s); return v }

func attempt(label string, f func()) {
	defer func() { fmt.Println(label, "recovered:", recover()) }()
	f()
}

func main() {
	m := map[string]int{}
	var np *int
	attempt("map then nil deref:", func() { m["a"], *np = 1, 2 })
	fmt.Println(" m =", m)

	short := []int{}
	attempt("map then bounds:", func() { m["b"], short[3] = 3, 4 })
	fmt.Println(" m =", m)

	var nn *node
	x := 0
	attempt("var then nil field:", func() { x, nn.val = 5, 6 })
	fmt.Println(" x =", x)

	var nilMap map[string]int
	g := 0
	attempt("nil map first:", func() { nilMap["k"], g = 7, 8 })
	fmt.Println(" g =", g)

	var arr *[2]int
	y := 0
	attempt("ptr-to-array:", func() { y, arr[1] = 9, 10 })
	fmt.Println(" y =", y)

	n1 := &node{val: 1}
	p := n1
	p, p.val = &node{val: 100}, 11
	fmt.Println("old node:", n1.val, "new node:", p.val)

	s := []int{1, 2, 3}
	t := []int{7, 8, 9}
	s, s[0] = t, 42
	fmt.Println("slices:", s, t)

	a := [3]int{}
	pa := &a
	i := 0
	i, pa[i] = 2, 5
	fmt.Println("array via pointer:", i, a)

	list := [][]int{{0, 0}, {0, 0}}
	get := func() [][]int { order = append(order, "get"); return list }
	get()[trace("idx", 1)][trace("inner", 0)] = trace("val", 3)
	fmt.Println(list, order)
}
