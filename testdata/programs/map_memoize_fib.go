package main

import "fmt"

var memo = map[int]uint64{}
var calls int

func fib(n int) uint64 {
	calls++
	if n < 2 {
		return uint64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

type gridKey struct{ r, c int }

func paths(r, c int, cache map[gridKey]int64) int64 {
	if r == 0 || c == 0 {
		return 1
	}
	k := gridKey{r, c}
	if v, ok := cache[k]; ok {
		return v
	}
	v := paths(r-1, c, cache) + paths(r, c-1, cache)
	cache[k] = v
	return v
}

func collatzLen(n int64, cache map[int64]int) int {
	if n == 1 {
		return 1
	}
	if v, ok := cache[n]; ok {
		return v
	}
	next := n / 2
	if n%2 == 1 {
		next = 3*n + 1
	}
	v := 1 + collatzLen(next, cache)
	cache[n] = v
	return v
}

func main() {
	for _, n := range []int{10, 50, 90, 93} {
		fmt.Printf("fib(%d) = %d\n", n, fib(n))
	}
	fmt.Println("calls:", calls, "memo size:", len(memo))
	cache := map[gridKey]int64{}
	fmt.Println("lattice paths 16x16:", paths(16, 16, cache), "cache:", len(cache))
	cc := map[int64]int{}
	best, bestN := 0, int64(0)
	for n := int64(1); n < 100000; n++ {
		if l := collatzLen(n, cc); l > best {
			best, bestN = l, n
		}
	}
	fmt.Println("longest collatz under 100000:", bestN, "length", best)
}
