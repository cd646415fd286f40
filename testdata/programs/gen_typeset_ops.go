// Operations a type parameter allows through its whole type set: + on a
// union of numbers and strings, indexing (and assigning through) a union of
// slices and arrays, a type switch on a type parameter case, and methods on
// a generic type whose receiver names its type parameters `_`.
package main

import "fmt"

type Addable interface {
	int | float64 | string
}

func Sum[T Addable](xs ...T) T {
	var s T
	for _, x := range xs {
		s = s + x
	}
	return s
}

func SetThird[T interface{ []int | [4]int }](x T) int {
	x[2] = 7
	return x[2] + x[0]
}

type Shower[T any] interface {
	Show() T
}

type num int

func (n num) Show() int { return int(n) }

func Match[T, A any](x Shower[T]) string {
	switch x.(type) {
	case A:
		return "matches"
	default:
		return "differs"
	}
}

type Box[K comparable, V any] struct {
	items map[K]V
}

func (b *Box[_, _]) Len() int { return len(b.items) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum("go", "mem"))
	fmt.Println(SetThird([]int{1, 2, 3}), SetThird([4]int{5, 6, 7, 8}))
	fmt.Println(Match[int, num](num(3)), Match[int, string](num(3)))
	b := &Box[string, int]{items: map[string]int{"a": 1, "b": 2}}
	fmt.Println(b.Len())
}
