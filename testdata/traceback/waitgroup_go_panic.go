package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		var m map[int]int
		m[1] = 1
	})
	wg.Wait()
}
