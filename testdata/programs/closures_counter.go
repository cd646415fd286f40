package main

import "fmt"

func makeCounter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func makeAccumulator(start float64) func(float64) float64 {
	sum := start
	return func(x float64) float64 {
		sum += x
		return sum
	}
}

func idGenerator(prefix string) func() string {
	next := 0
	return func() string {
		next++
		return fmt.Sprintf("%s-%03d", prefix, next)
	}
}

func main() {
	inc, get, reset := makeCounter()
	inc()
	inc()
	fmt.Println("count:", inc(), get())
	reset()
	fmt.Println("after reset:", get(), inc())

	// Independent counters do not share state.
	a, _, _ := makeCounter()
	b, bget, _ := makeCounter()
	a()
	a()
	b()
	fmt.Println("a:", a(), "b:", bget())

	acc := makeAccumulator(100)
	for _, x := range []float64{10, -5.5, 0.25} {
		fmt.Println("acc:", acc(x))
	}
	user := idGenerator("user")
	order := idGenerator("order")
	fmt.Println(user(), user(), order(), user(), order())

	// A closure modifying a variable of the enclosing function.
	total := 0
	add := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	add(1, 2, 3)
	add(10)
	fmt.Println("total:", total)
	// Immediately invoked function literal.
	result := func(a, b int) int { return a*b + total }(3, 4)
	fmt.Println("iife:", result)
}
