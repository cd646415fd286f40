// Type inference: from arguments, from untyped constants (default type),
// partial instantiation, core types of ~[]E constraints, and a generic
// function assigned to a typed function variable.
package main

import "fmt"

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	r := make([]R, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[E, A any](s []E, init A, f func(A, E) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Convert[To, From ~int | ~float64](x From) To { return To(x) }

func Id[T any](x T) T { return x }

type Names []string

func main() {
	ns := Names{"ann", "bob", "cy"}
	long := Filter(ns, func(s string) bool { return len(s) > 2 })
	fmt.Printf("%v %T\n", long, long)
	fmt.Println(Map(ns, func(s string) int { return len(s) }))
	fmt.Println(Reduce([]int{1, 2, 3, 4}, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	fmt.Println(Convert[float64](7), Convert[int](3.9))
	fmt.Printf("%T %T %T\n", Id(1), Id(2.0), Id('x'))
	var f func(string) string = Id
	fmt.Println(f("via var"))
	g := Id[[]int]
	fmt.Println(g([]int{9}))
}
