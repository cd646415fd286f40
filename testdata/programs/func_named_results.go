package main

import (
	"errors"
	"fmt"
)

func stats(xs []float64) (mean, variance float64, n int) {
	n = len(xs)
	if n == 0 {
		return // zero values
	}
	for _, x := range xs {
		mean += x
	}
	mean /= float64(n)
	for _, x := range xs {
		d := x - mean
		variance += d * d
	}
	variance /= float64(n)
	return
}

var ErrNegative = errors.New("negative input")

func isqrt(n int) (root int, err error) {
	if n < 0 {
		err = ErrNegative
		return
	}
	for root*root <= n {
		root++
	}
	root--
	return
}

// Named results can be shadowed by an explicit return list.
func classify(n int) (kind string) {
	kind = "unknown"
	if n%2 == 0 {
		return "even"
	}
	if n%3 == 0 {
		kind = "odd multiple of three"
	}
	return
}

func counter() (count int) {
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			count++
		}
	}
	return count * 10
}

func main() {
	m, v, n := stats([]float64{2, 4, 4, 4, 5, 5, 7, 9})
	fmt.Printf("mean=%.2f variance=%.2f n=%d\n", m, v, n)
	fmt.Println(stats(nil))
	for _, x := range []int{0, 1, 15, 16, 99, -4} {
		r, err := isqrt(x)
		fmt.Println(x, r, err)
	}
	for _, x := range []int{4, 9, 7} {
		fmt.Println(x, classify(x))
	}
	fmt.Println(counter())
}
