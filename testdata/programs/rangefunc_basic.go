package main

import "fmt"

type Seq0 func(yield func() bool)
type Seq func(yield func(int) bool)
type Seq2 func(yield func(int, string) bool)

func times(n int) Seq0 {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}

func count(n int) Seq {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  count: stopped at", i)
				return
			}
		}
		fmt.Println("  count: done")
	}
}

func pairs(words []string) Seq2 {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i*10, w) {
				return
			}
		}
	}
}

func firstOver(s Seq, limit int) (int, bool) {
	for v := range s {
		if v > limit {
			return v * 100, true
		}
	}
	return -1, false
}

func named(s Seq) (sum int, err string) {
	for v := range s {
		sum += v
		if v == 3 {
			err = "hit three"
			return
		}
	}
	return sum, "none"
}

type point struct{ x, y int }

func points(yield func(point, *point) bool) {
	p := point{1, 2}
	for i := 0; i < 3; i++ {
		q := point{p.x + i, p.y * i}
		if !yield(q, &q) {
			return
		}
	}
}

func main() {
	n := 0
	for range times(4) {
		n++
	}
	fmt.Println("times:", n)

	total := 0
	for v := range count(5) {
		total += v
	}
	fmt.Println("total:", total)

	for v := range count(10) {
		if v%2 == 0 {
			continue
		}
		if v > 6 {
			break
		}
		fmt.Println("odd", v)
	}

	for i, w := range pairs([]string{"a", "b", "c"}) {
		fmt.Println(i, w)
	}
	for _, w := range pairs([]string{"x", "y"}) {
		fmt.Println("w", w)
	}

	fmt.Println(firstOver(count(10), 4))
	fmt.Println(firstOver(count(3), 4))
	fmt.Println(named(count(10)))
	fmt.Println(named(count(2)))

	var k int
	var s string
	for k, s = range pairs([]string{"p", "q"}) {
	}
	fmt.Println("assigned", k, s)

	var ptrs []*point
	for v, p := range points {
		ptrs = append(ptrs, p)
		fmt.Println(v)
	}
	for _, p := range ptrs {
		fmt.Println(*p)
	}

	// closures capturing the loop variable: one per iteration
	var fs []func() int
	for v := range count(3) {
		fs = append(fs, func() int { return v * v })
	}
	for _, f := range fs {
		fmt.Println(f())
	}

	// a func literal as the iterator
	for x := range func(yield func(float64) bool) {
		_ = yield(1.5) && yield(2.5)
	} {
		fmt.Println("x", x)
	}

	// labeled loop's own label
outer:
	for v := range count(5) {
		switch v {
		case 1:
			continue outer
		case 3:
			break outer
		}
		fmt.Println("label", v)
	}
}
