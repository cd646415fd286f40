package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
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

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Set[K comparable] map[K]struct{}

func (s Set[K]) Add(k K)           { s[k] = struct{}{} }
func (s Set[K]) Has(k K) bool      { _, ok := s[k]; return ok }
func NewSet[K comparable]() Set[K] { return make(Set[K]) }

type Tree[T Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Number interface{ ~int | ~float64 }

func SumAll[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64

func Scale[T ~float64](x T, k float64) T { return x * T(k) }

func Ptr[T any](v T) *T { return &v }

type Stringish interface{ ~string }

func Upper[T Stringish](s T) T { return T(strings.ToUpper(string(s))) }

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type Shower interface{ Show() string }

type Item int

func (i Item) Show() string { return fmt.Sprintf("item%d", int(i)) }

func ShowAll[T Shower](xs []T) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(x.Show())
	}
	return b.String()
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Count[T any, N ~int](xs []T) N { return N(len(xs)) }

func main() {
	fmt.Println(Min(3, 2), Min("b", "a"), Min[float64](1, 2.5))
	fmt.Println(Filter([]int{1, 2, 3, 4}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(Reduce([]int{1, 2, 3}, "", func(a string, i int) string { return a + fmt.Sprint(i) }))
	var s Stack[string]
	s.Push("x")
	s.Push("y")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	set := NewSet[int]()
	set.Add(3)
	fmt.Println(set.Has(3), set.Has(4))
	var t *Tree[int]
	for _, x := range []int{5, 2, 8} {
		t = t.Insert(x)
	}
	t.Walk(func(i int) { fmt.Print(i, " ") })
	fmt.Println()
	fmt.Println(SumAll(1, 2, 3), SumAll(1.5, 2))
	fmt.Println(Scale(Celsius(10), 1.5))
	p := Ptr(42)
	fmt.Println(*p)
	fmt.Println(Upper("abc"))
	fmt.Println(Index([]string{"a", "b"}, "b"))
	pr := MakePair(1, "one")
	fmt.Println(pr.Swap().First, pr.Swap().Second)
	fmt.Println(ShowAll([]Item{1, 2}))
	fmt.Println(len(Keys(map[string]bool{"a": true})))
	fmt.Println(Count[string, int]([]string{"a"}))
	var f func(int, int) int = Min[int]
	fmt.Println(f(4, 3))
}
