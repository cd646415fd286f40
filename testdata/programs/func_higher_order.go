package main

import (
	"fmt"
	"strings"
)

func Map(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce(xs []int, init int, f func(acc, x int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func Curry(f func(a, b int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func Repeat(n int, f func()) {
	for i := 0; i < n; i++ {
		f()
	}
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(nums, func(x int) int { return x * x })
	odd := Filter(sq, func(x int) bool { return x%2 == 1 })
	sum := Reduce(odd, 0, func(a, x int) int { return a + x })
	fmt.Println(sq)
	fmt.Println(odd, sum)
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(Compose(inc, dbl)(5), Compose(dbl, inc)(5), Compose()(5))
	add := Curry(func(a, b int) int { return a + b })
	add10 := add(10)
	fmt.Println(add10(5), add(1)(2))
	var sb strings.Builder
	Repeat(3, func() { sb.WriteString("ho ") })
	fmt.Println(strings.TrimSpace(sb.String()))
	product := Reduce(Map(Filter(nums, func(x int) bool { return x <= 5 }), inc), 1, func(a, x int) int { return a * x })
	fmt.Println("product of (x+1) for x<=5:", product)
}
