package main

import (
	"fmt"
	"math"
)

type Score int

func clamp(x, lo, hi int) int { return min(max(x, lo), hi) }

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(2.5, 10))
	fmt.Println(min("pear", "apple", "fig"), max("pear", "apple", "fig"))
	fmt.Println(min(7), max(-7))

	var a, b Score = 40, 95
	m := max(a, b)
	fmt.Printf("%v %T\n", m, m)

	for _, x := range []int{-5, 0, 50, 100, 150} {
		fmt.Print(clamp(x, 0, 100), " ")
	}
	fmt.Println()

	// NaN propagates; signed zeros are ordered -0 < +0.
	nan := math.NaN()
	zero := 0.0
	negZero := -zero
	fmt.Println(min(1.0, nan), max(nan, 1.0))
	fmt.Println(min(zero, negZero), max(negZero, zero), min(negZero, zero))
	fmt.Println(min(math.Inf(1), 3), max(math.Inf(-1), -1e308))

	// Constant arguments give a constant result.
	const c = max(1, 2.5, 2)
	fmt.Printf("%v %T\n", c, c)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))

	// Running min/max over a slice.
	data := []int{17, -3, 42, 8, 0, 42, -11}
	lo, hi := data[0], data[0]
	for _, v := range data[1:] {
		lo, hi = min(lo, v), max(hi, v)
	}
	fmt.Println("range:", lo, hi)
	fmt.Println(math.Min(1, 2), math.Max(-1, -2))
}
