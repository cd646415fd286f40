package main

import (
	"fmt"
	"sync"
)

type Result struct {
	ID    int
	Value int
	Err   error
}

// safeGo runs f in a goroutine and converts a panic into an error result.
func safeGo(id int, f func() int, out chan<- Result, wg *sync.WaitGroup) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				out <- Result{ID: id, Err: fmt.Errorf("task %d panicked: %v", id, r)}
			}
		}()
		out <- Result{ID: id, Value: f()}
	}()
}

func main() {
	tasks := []func() int{
		func() int { return 1 },
		func() int { var a []int; return a[3] },
		func() int { return 3 * 3 },
		func() int { panic("explicit failure") },
		func() int { d := 0; return 10 / d },
	}
	out := make(chan Result, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		safeGo(i, t, out, &wg)
	}
	wg.Wait()
	close(out)
	results := make([]Result, len(tasks))
	for r := range out {
		results[r.ID] = r
	}
	for _, r := range results {
		if r.Err != nil {
			fmt.Println("error:", r.Err)
		} else {
			fmt.Println("value:", r.ID, r.Value)
		}
	}
}
