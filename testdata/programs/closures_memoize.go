package main

import "fmt"

func memoize(f func(int) int) (func(int) int, func() (int, int)) {
	cache := map[int]int{}
	hits, misses := 0, 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				hits++
				return v
			}
			misses++
			v := f(n)
			cache[n] = v
			return v
		}, func() (int, int) {
			return hits, misses
		}
}

func main() {
	// A recursive closure must be declared before it is assigned.
	var ways func(int) int
	var stats func() (int, int)
	ways, stats = memoize(func(n int) int {
		// number of ways to climb n stairs taking 1, 2 or 3 steps
		if n < 0 {
			return 0
		}
		if n == 0 {
			return 1
		}
		return ways(n-1) + ways(n-2) + ways(n-3)
	})
	for _, n := range []int{3, 10, 30, 50} {
		fmt.Printf("ways(%d) = %d\n", n, ways(n))
	}
	h, m := stats()
	fmt.Println("hits:", h, "misses:", m)

	slowSquare := func(n int) int {
		s := 0
		for i := 0; i < n; i++ {
			s += n
		}
		return s
	}
	sq, sqStats := memoize(slowSquare)
	for _, n := range []int{5, 5, 7, 5, 7, 9} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println(sqStats())
}
