package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 10000
	var mu sync.Mutex
	var wg sync.WaitGroup
	sum := 0
	maxSeen := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make([]int, 16) // a small allocation per goroutine
			for j := range local {
				local[j] = i + j
			}
			mu.Lock()
			sum += local[15] - 15
			maxSeen = max(maxSeen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("sum:", sum, "expected:", n*(n-1)/2, "max:", maxSeen)

	// Many goroutines parked on one channel, released one value at a time.
	gate := make(chan int)
	results := make(chan int, n)
	for i := 0; i < 1000; i++ {
		go func() {
			v := <-gate
			results <- v * 2
		}()
	}
	for i := 0; i < 1000; i++ {
		gate <- i
	}
	total := 0
	for i := 0; i < 1000; i++ {
		total += <-results
	}
	fmt.Println("gate total:", total)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
