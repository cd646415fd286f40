// Generic functions, types and methods: GoTypes checks them (CorpusTests)
// and the compiler compiles one body per instance (its name is historical:
// it was refused before GoCompiler's Generics.swift).
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	r := make([]R, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }
func (l *List[T]) Len() int {
	n := 0
	for p := l; p != nil; p = p.next {
		n++
	}
	return n
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var r []K
	for k := range m {
		r = append(r, k)
	}
	return r
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stringer interface{ String() string }

type myInt int

func (m myInt) String() string { return fmt.Sprint(int(m)) }

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

func Conv[To, From ~int | ~float64](f From) To { return To(f) }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5}))
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) }))
	var l *List[int]
	l = l.Push(1).Push(2)
	fmt.Println(l.Len(), l.val)
	p := Pair[string, int]{Key: "a", Val: 1}
	fmt.Println(p.Key, p.Val)
	fmt.Println(len(Keys(map[string]int{"x": 1})))
	fmt.Println(Max(1, 2), Max(1.5, 2), Max("a", "b"))
	fmt.Println(Join([]myInt{1, 2}))
	fmt.Println(Zero[int](), Zero[string]())
	fmt.Println(Conv[float64](3))
	f := Sum[int]
	fmt.Println(f([]int{4}))
}
