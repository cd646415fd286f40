// %T and %v of instantiated types: nested instances, pointers, slices and
// maps of instances, instances with named, unnamed and interface arguments.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Opt[T any] struct {
	v  T
	ok bool
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

type ID int

func main() {
	fmt.Printf("%T\n", Pair[string, int]{})
	fmt.Printf("%T\n", Pair[ID, []Pair[int, bool]]{})
	fmt.Printf("%T\n", &Opt[map[string]*ID]{})
	fmt.Printf("%T\n", []Opt[any]{})
	fmt.Printf("%T\n", map[Pair[int, int]]Opt[error]{})
	fmt.Printf("%T\n", Tree[struct{ a, b int }]{})
	fmt.Printf("%T\n", Opt[func(int) string]{})
	fmt.Printf("%T\n", Opt[chan<- Opt[int]]{})
	fmt.Printf("%T\n", Opt[[3]ID]{})
	var x any = Pair[string, Opt[float64]]{"pi", Opt[float64]{3.14, true}}
	fmt.Printf("%v %+v\n", x, x)
	t := &Tree[int]{Val: 2, Left: &Tree[int]{Val: 1}}
	fmt.Printf("%v %d\n", t.Left.Val, t.Val)
	switch v := x.(type) {
	case Pair[string, int]:
		fmt.Println("wrong", v)
	case Pair[string, Opt[float64]]:
		fmt.Println("right", v.K, v.V.v)
	}
}
