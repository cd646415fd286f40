package main

import (
	"fmt"
	"sync"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	// Each goroutine writes only its own slot, so no locking is needed.
	const workers = 8
	const limit = 80000
	counts := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for n := id; n < limit; n += workers {
				if isPrime(n) {
					counts[id]++
				}
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for w, c := range counts {
		fmt.Printf("worker %d found %d primes\n", w, c)
		total += c
	}
	fmt.Println("primes below", limit, "=", total)

	// WaitGroup.Go starts a goroutine and tracks it.
	squares := make([]int, 10)
	var wg2 sync.WaitGroup
	for i := range squares {
		wg2.Go(func() { squares[i] = i * i })
	}
	wg2.Wait()
	fmt.Println(squares)
}
