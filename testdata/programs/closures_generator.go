package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func primeGen() func() int {
	var found []int
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

// take returns a generator that stops after n values.
func take(n int, gen func() int) func() (int, bool) {
	return func() (int, bool) {
		if n <= 0 {
			return 0, false
		}
		n--
		return gen(), true
	}
}

func cycle(items ...string) func() string {
	i := -1
	return func() string {
		i = (i + 1) % len(items)
		return items[i]
	}
}

func main() {
	f := fibGen()
	for i := 0; i < 15; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	next := take(20, primeGen())
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	c := cycle("red", "green", "blue")
	for i := 0; i < 7; i++ {
		fmt.Print(c(), " ")
	}
	fmt.Println()
	p := primeGen()
	var nth int
	for i := 0; i < 1000; i++ {
		nth = p()
	}
	fmt.Println("1000th prime:", nth)
}
