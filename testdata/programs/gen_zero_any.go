// Zero values and conversions through type parameters: var z T, *new(T),
// comparisons with the zero value, T converted to any and asserted back.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](x T) bool {
	var z T
	return x == z
}

func NewOf[T any]() *T { return new(T) }

func ToAny[T any](x T) any { return x }

func Back[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

type S struct {
	a int
	b string
}

func main() {
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*S](), Zero[S]())
	fmt.Println(IsZero(0), IsZero("x"), IsZero(S{}), IsZero(S{b: "y"}))
	p := NewOf[S]()
	p.a = 3
	fmt.Println(*p, *NewOf[float64]())
	a := ToAny(S{1, "z"})
	s, ok := Back[S](a)
	fmt.Println(s, ok)
	_, ok = Back[int](a)
	fmt.Println(ok)
	e, ok := Back[error](a)
	fmt.Println(e, ok)
}
