// mm
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := range results {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			results[k] = k * 10
		}(i)
	}
	wg.Wait()
	println(results[0] + results[1] + results[2])
}
