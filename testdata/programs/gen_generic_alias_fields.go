// Generic types whose fields are arrays, functions and other instances;
// values copied, compared and passed by value keep their instance layout.
package main

import "fmt"

type Vec[T ~int | ~float64] [3]T

func (v Vec[T]) Add(o Vec[T]) Vec[T] {
	var r Vec[T]
	for i := range v {
		r[i] = v[i] + o[i]
	}
	return r
}

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

type Handler[T any] struct {
	name string
	fn   func(T) T
}

func (h Handler[T]) Run(x T) T { return h.fn(x) }

type Matrix[T ~int | ~float64] struct{ rows []Vec[T] }

func main() {
	a := Vec[int]{1, 2, 3}
	b := Vec[int]{4, 5, 6}
	fmt.Println(a.Add(b), a.Dot(b), a == Vec[int]{1, 2, 3})
	f := Vec[float64]{0.5, 1, 2}
	fmt.Println(f.Add(f), f.Dot(f))
	h := Handler[string]{"up", func(s string) string { return s + "!" }}
	fmt.Println(h.name, h.Run("hi"))
	m := Matrix[int]{rows: []Vec[int]{a, b}}
	m2 := m
	m2.rows = append(m2.rows, a.Add(a))
	fmt.Println(len(m.rows), len(m2.rows), m2.rows[2])
	fmt.Printf("%T %T\n", f, m)
}
