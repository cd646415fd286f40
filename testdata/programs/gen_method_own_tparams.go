// Methods with type parameters of their own (new in Go 1.27), on a plain
// type and on a generic type, explicit and inferred; a panic inside one
// names it as Go does (main.(*Cell).Boom[...]).
package main

import "fmt"

type Cell struct{ v int }

func (c Cell) As[T ~int | ~float64]() T { return T(c.v) }

type Bag[E any] struct{ items []E }

func (b *Bag[E]) MapTo[R any](f func(E) R) []R {
	var out []R
	for _, x := range b.items {
		out = append(out, f(x))
	}
	return out
}

func (c *Cell) Boom[T any](x T) T { var a []T; _ = c.v; return a[c.v] }

func main() {
	c := Cell{3}
	fmt.Println(c.As[float64]() / 2, c.As[int]() / 2)
	b := &Bag[int]{[]int{1, 2}}
	fmt.Println(b.MapTo(func(i int) string { return fmt.Sprint(i, "!") }))
	fmt.Println(c)
	c.Boom("x")
}
