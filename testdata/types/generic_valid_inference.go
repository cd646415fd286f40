package main

import "fmt"

func Id[T any](x T) T { return x }

func Pair[A, B any](a A, b B) (A, B) { return a, b }

func apply(f func(int) int, x int) int { return f(x) }

func Map[T, R any](xs []T, f func(T) R) []R {
	var r []R
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func main() {
	var f func(int) int = Id
	fmt.Println(f(1), apply(Id, 2))
	var g func(string, int) (string, int)
	g = Pair
	fmt.Println(g("a", 1))
	fmt.Println(Map([]int{1, 2}, Id[int]))
	h := Pair[int, int]
	_ = h
}
