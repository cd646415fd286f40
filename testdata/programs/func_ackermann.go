package main

import "fmt"

var depth, maxDepth int

func ackermann(m, n int) int {
	depth++
	if depth > maxDepth {
		maxDepth = depth
	}
	defer func() { depth-- }()
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func binomial(n, k int) int {
	if k == 0 || k == n {
		return 1
	}
	return binomial(n-1, k-1) + binomial(n-1, k)
}

func catalan(n int) int {
	if n <= 1 {
		return 1
	}
	s := 0
	for i := 0; i < n; i++ {
		s += catalan(i) * catalan(n-1-i)
	}
	return s
}

func main() {
	for m := 0; m <= 3; m++ {
		for n := 0; n <= 4; n++ {
			maxDepth = 0
			v := ackermann(m, n)
			fmt.Printf("A(%d,%d)=%-4d depth=%d\n", m, n, v, maxDepth)
		}
	}
	for n := 0; n <= 6; n++ {
		for k := 0; k <= n; k++ {
			fmt.Print(binomial(n, k), " ")
		}
		fmt.Println()
	}
	for i := 0; i < 12; i++ {
		fmt.Print(catalan(i), " ")
	}
	fmt.Println()
}
