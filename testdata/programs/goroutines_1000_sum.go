package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 1000
	results := make(chan int, 16)
	var wg sync.WaitGroup
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// each goroutine computes the sum 1..i
			s := 0
			for k := 1; k <= i; k++ {
				s += k
			}
			results <- s
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	total, count := 0, 0
	for r := range results {
		total += r
		count++
	}
	fmt.Println("results:", count, "total:", total)
	// Sum of triangular numbers T(1..n) = n(n+1)(n+2)/6
	fmt.Println("expected:", n*(n+1)*(n+2)/6)

	// A chain of 1000 goroutines passing a token along.
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			out <- 1 + <-in
		}(in, out)
		in = out
	}
	first <- 0
	fmt.Println("token after chain:", <-in)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
