package main

import (
	"fmt"
	"sync"
)

// A request/response server driven by select with a quit channel instead
// of timers, so the output is fully deterministic.
type request struct {
	key   string
	reply chan int
}

func server(reqs <-chan request, quit <-chan struct{}, done chan<- map[string]int) {
	counts := map[string]int{}
	for {
		select {
		case r := <-reqs:
			counts[r.key]++
			r.reply <- counts[r.key]
		case <-quit:
			done <- counts
			return
		}
	}
}

func main() {
	reqs := make(chan request)
	quit := make(chan struct{})
	done := make(chan map[string]int)
	go server(reqs, quit, done)

	ask := func(k string) int {
		r := request{k, make(chan int)}
		reqs <- r
		return <-r.reply
	}
	for _, k := range []string{"a", "b", "a", "c", "a", "b"} {
		fmt.Printf("%s -> %d\n", k, ask(k))
	}
	// Concurrent clients: totals are deterministic even if order is not.
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				ask("load")
			}
		}()
	}
	wg.Wait()
	close(quit)
	final := <-done
	fmt.Println(final)
}
