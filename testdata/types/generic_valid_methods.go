package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Lesser[T any] interface{ Less(T) bool }

type Age int

func (a Age) Less(b Age) bool { return a < b }

func SortLess[T Lesser[T]](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i].Less(xs[j]) })
}

type Cell struct{ raw string }

func (c Cell) As[T ~int | ~int64]() T {
	n, _ := strconv.Atoi(c.raw)
	return T(n)
}

func (c Cell) Map[R any](f func(string) R) R { return f(c.raw) }

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }

type Wrapper[T any] struct {
	Opt[T]
	name string
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + v
	}
	return "other"
}

func Fact[T ~int | ~int64](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

type Matrix[T ~int | ~float64] [][]T

func (m Matrix[T]) Sum() T {
	var s T
	for _, r := range m {
		for _, v := range r {
			s += v
		}
	}
	return s
}

type Vec[T any] = []T

func Conv[To, From ~int | ~float64](f From) To { return To(f) }

func Apply[T any, F ~func(T) T](f F, x T) T { return f(x) }

type Num interface{ ~int | ~float64 }

func Clamp[T Num](x, lo, hi T) T { return max(lo, min(x, hi)) }

func main() {
	xs := []Age{3, 1, 2}
	SortLess(xs)
	fmt.Println(xs)
	c := Cell{"42"}
	fmt.Println(c.As[int64](), c.Map(func(s string) int { return len(s) }))
	o := Some("x")
	v, ok := o.Get()
	fmt.Println(v, ok)
	w := Wrapper[int]{Opt: Some(3), name: "w"}
	fmt.Println(w.Get())
	fmt.Println(Describe(1), Describe("s"), Describe(1.5))
	fmt.Println(Fact(5), Fact(int64(6)))
	m := Matrix[float64]{{1, 2}, {3.5}}
	fmt.Println(m.Sum())
	var vv Vec[int] = []int{1}
	fmt.Println(vv)
	fmt.Println(Conv[int](2.5))
	fmt.Println(Apply(func(i int) int { return i + 1 }, 1))
	push := (*Stack[int]).Push
	var s Stack[int]
	push(&s, 4)
	get := s.Top
	fmt.Println(get())
	fmt.Println(Clamp(15, 0, 10), Clamp(-1.5, 0, 1))
	var gf func(int) Opt[int] = Some[int]
	fmt.Println(gf(1).v)
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Top() T   { return s.items[len(s.items)-1] }
