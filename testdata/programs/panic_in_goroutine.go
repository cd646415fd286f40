package main

import (
	"fmt"
	"sync"
)

func process(id int, data []int) int {
	return data[id] * 2
}

func main() {
	data := []int{1, 2, 3}
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = process(i, data)
		}()
	}
	wg.Wait()
	fmt.Println("results:", results)

	done := make(chan struct{})
	go func() {
		process(7, data) // unrecovered panic in a goroutine kills the program
		close(done)
	}()
	<-done
	fmt.Println("unreachable")
}
