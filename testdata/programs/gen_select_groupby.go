// Generic code with select, maps of instance types, arrays of type
// parameter length-independent shapes, struct comparison of instances and
// a generic min/max reduction over a slice of structs with a key function.
package main

import "fmt"

type Result[T any] struct {
	Val T
	Err error
}

func FirstOf[T any](chs ...chan Result[T]) Result[T] {
	for {
		select {
		case r := <-chs[0]:
			return r
		case r := <-chs[1]:
			return r
		}
	}
}

func MinBy[T any, K ~int | ~float64 | ~string](xs []T, key func(T) K) (best T, ok bool) {
	for i, x := range xs {
		if i == 0 || key(x) < key(best) {
			best, ok = x, true
		}
	}
	return
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

type person struct {
	name string
	age  int
}

func main() {
	a := make(chan Result[int], 1)
	b := make(chan Result[int], 1)
	b <- Result[int]{Val: 7}
	fmt.Println(FirstOf(a, b))
	people := []person{{"ann", 31}, {"bob", 25}, {"cy", 40}, {"di", 25}}
	y, ok := MinBy(people, func(p person) int { return p.age })
	fmt.Println(y, ok)
	z, ok := MinBy([]person{}, func(p person) string { return p.name })
	fmt.Printf("%+v %v\n", z, ok)
	g := GroupBy(people, func(p person) int { return p.age })
	fmt.Println(len(g), g[25])
	fmt.Println(Result[string]{"x", nil} == Result[string]{"x", nil})
	rs := map[Result[int]]bool{{Val: 1}: true}
	fmt.Println(rs[Result[int]{Val: 1}], rs[Result[int]{Val: 2}])
}
