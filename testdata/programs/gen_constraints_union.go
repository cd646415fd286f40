// Constraints with ~ and unions: arithmetic, ordering and conversions in
// one body per instance, over named types whose underlying type is in the set.
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

type Celsius float64
type Small int8

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Integer | Float | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Avg[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Wrap[T Integer](x T) T { return x * 100 }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](10, 20.5))
	fmt.Println(Max(3, 9), Max("pear", "apple"), Max[Celsius](-1, -2))
	fmt.Println(Avg([]int{1, 2, 4}), Avg([]Celsius{1, 2}))
	fmt.Println(Wrap[Small](3), Wrap(int64(1)<<40), Wrap[int8](2))
	fmt.Printf("%T %T %v\n", Sum[Celsius](), Wrap[Small](1), Sum[float32](0.5, 0.25))
}
