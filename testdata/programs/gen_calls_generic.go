// Generic code calling generic code: instances created from inside other
// instances (Map calls Apply, a method calls a generic function, a generic
// function builds a generic type), including recursion.
package main

import "fmt"

func Apply[T, U any](x T, f func(T) U) U { return f(x) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = Apply(x, f)
	}
	return out
}

type Box[T any] struct{ v T }

func MakeBox[T any](v T) Box[T] { return Box[T]{v} }

func (b Box[T]) Map(f func(T) T) Box[T] { return MakeBox(Apply(b.v, f)) }

func PairOf[T any](b Box[T]) Box[[2]T] { return MakeBox([2]T{b.v, b.v}) }

func Count[T comparable](xs []T, x T) int {
	if len(xs) == 0 {
		return 0
	}
	n := Count(xs[1:], x)
	if xs[0] == x {
		n++
	}
	return n
}

func Twice[T any](x T) Box[Box[T]] { return MakeBox(MakeBox(x)) }

func main() {
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))
	b := MakeBox(20).Map(func(i int) int { return i + 1 })
	fmt.Println(b, PairOf(b))
	fmt.Printf("%T %T\n", b, PairOf(b))
	fmt.Println(Count([]string{"a", "b", "a"}, "a"), Count([]int{}, 1))
	fmt.Printf("%v %T\n", Twice(7), Twice("s"))
}
