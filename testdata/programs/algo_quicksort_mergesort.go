package main

import (
	"fmt"
	"sort"
)

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	pivot := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < pivot {
			i++
		}
		for a[j] > pivot {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l, r := mergesort(a[:mid]), mergesort(a[mid:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

// xorshift gives a reproducible pseudo-random sequence.
type xorshift uint64

func (x *xorshift) next() int {
	*x ^= *x << 13
	*x ^= *x >> 7
	*x ^= *x << 17
	return int(*x % 1000)
}

func main() {
	small := []int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7}
	q := append([]int(nil), small...)
	quicksort(q)
	fmt.Println("quicksort:", q)
	fmt.Println("mergesort:", mergesort(small))
	fmt.Println("input unchanged:", small)

	rng := xorshift(88172645463325252)
	big := make([]int, 20000)
	for i := range big {
		big[i] = rng.next()
	}
	a := append([]int(nil), big...)
	quicksort(a)
	b := mergesort(big)
	c := append([]int(nil), big...)
	sort.Ints(c)
	same := true
	for i := range a {
		if a[i] != b[i] || a[i] != c[i] {
			same = false
		}
	}
	fmt.Println("all sorts agree:", same, "sorted:", sort.IntsAreSorted(a))
	fmt.Println("min/median/max:", a[0], a[len(a)/2], a[len(a)-1])
	fmt.Println("first ten:", a[:10])
}
