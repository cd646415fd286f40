package main

import "fmt"

// Package-level variables are initialized in dependency order, not source
// order: each is initialized once everything it refers to is ready.
var (
	a = c + b  // needs b and c: initialized last of the four
	b = f("b") // needs f, which needs d
	c = f("c")
	d = 3
)

var total = sum(values...)
var values = makeValues(count)
var count = 4

var greeting = buildGreeting()
var name = "gopher"

var order []string

func f(label string) int {
	order = append(order, label)
	return d + len(order)
}

func makeValues(n int) []int {
	order = append(order, "values")
	v := make([]int, n)
	for i := range v {
		v[i] = (i + 1) * d
	}
	return v
}

func sum(xs ...int) int {
	order = append(order, "total")
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func buildGreeting() string {
	order = append(order, "greeting")
	return "hello, " + name
}

func init() {
	order = append(order, "init")
}

func main() {
	fmt.Println("a b c d:", a, b, c, d)
	fmt.Println("values:", values, "total:", total)
	fmt.Println(greeting)
	fmt.Println("initialization order:", order)
}
