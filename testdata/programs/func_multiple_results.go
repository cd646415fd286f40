package main

import (
	"errors"
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func minMax(xs []int) (lo, hi int, ok bool) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi, true
}

func parsePoint(s string) (x, y int, err error) {
	var i int
	for i = 0; i < len(s) && s[i] != ','; i++ {
	}
	if i == len(s) {
		return 0, 0, errors.New("missing comma in " + strconv.Quote(s))
	}
	if x, err = strconv.Atoi(s[:i]); err != nil {
		return
	}
	y, err = strconv.Atoi(s[i+1:])
	return
}

func swap(a, b string) (string, string) { return b, a }

func pair() (int, string) { return 7, "seven" }

func takesPair(n int, s string) string { return fmt.Sprintf("%d=%s", n, s) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(100, 7)
	fmt.Println("remainder only:", r2)
	fmt.Println(minMax([]int{4, -2, 9, 0}))
	fmt.Println(minMax(nil))
	for _, s := range []string{"3,4", "10,-2", "5;6", "a,1", "7,"} {
		x, y, err := parsePoint(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("point", x, y)
	}
	a, b := swap("first", "second")
	fmt.Println(a, b)
	fmt.Println(takesPair(pair())) // multi-value passed directly
	a, b = b, a
	fmt.Println(a, b)
	i, j, k := 1, 2, 3
	i, j, k = k, i, j
	fmt.Println(i, j, k)
}
