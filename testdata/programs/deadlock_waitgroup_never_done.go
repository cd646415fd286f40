package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			out[i] = i + 1
			if i != 1 {
				wg.Done()
			}
			// goroutine 1 forgets to call Done
		}()
	}
	wg.Wait()
	fmt.Println(out)
}
