package main

import (
	"fmt"
	"sort"
)

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// isqrt finds floor(sqrt(n)) by binary search on the answer.
func isqrt(n int64) int64 {
	lo, hi := int64(0), int64(3037000499)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	a := []int{1, 3, 3, 3, 7, 9, 12, 15, 15, 20}
	for _, x := range []int{0, 1, 3, 4, 15, 20, 21} {
		i := lowerBound(a, x)
		j := sort.SearchInts(a, x)
		k := sort.Search(len(a), func(i int) bool { return a[i] > x })
		fmt.Printf("x=%2d lower=%d SearchInts=%d upper=%d count=%d\n", x, i, j, k, k-i)
	}
	for _, n := range []int64{0, 1, 15, 16, 17, 1 << 40, 9223372036854775807} {
		fmt.Printf("isqrt(%d) = %d\n", n, isqrt(n))
	}
	names := []string{"ada", "bob", "cy", "dee", "eve"}
	idx := sort.SearchStrings(names, "cz")
	fmt.Println("insert cz at", idx)
	names = append(names[:idx], append([]string{"cz"}, names[idx:]...)...)
	fmt.Println(names)
	// Find the first bad version.
	firstBad := 1337
	n := 5000
	calls := 0
	v := sort.Search(n, func(i int) bool { calls++; return i >= firstBad })
	fmt.Println("first bad version:", v, "checks:", calls)
}
