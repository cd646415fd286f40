// recursion.go — recursion-heavy: naive Fibonacci plus a deep recursion
// (depth 1,000,000) that grows the goroutine stack by copying.
package main

import (
	"fmt"
	"runtime"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func deep(n int, acc *int) int {
	a, b := n, n*2
	*acc += a
	if n == 0 {
		return b
	}
	return deep(n-1, acc) + b - a
}

func main() {
	s := runtime.NumGoroutine()
	acc := 0
	fmt.Println(fib(31*s), deep(1000000*s, &acc), acc)
}
