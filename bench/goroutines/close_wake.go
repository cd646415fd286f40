// close_wake: N goroutines (default 100000, or os.Args[1]) block receiving
// from one channel; close() wakes them all. Measures the channel's wait
// queue: blocking N receivers and waking them are O(N) in all (Go's sudog
// queue). Prints the count (stdout); the close-to-all-woken time goes to
// stderr for scripts/bench-goroutines.sh.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	c := make(chan int)
	var started, woke atomic.Int64
	var wg sync.WaitGroup
	t0 := time.Now()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			started.Add(1)
			_, ok := <-c
			if !ok {
				woke.Add(1)
			}
			wg.Done()
		}()
	}
	for started.Load() < int64(n) {
		runtime.Gosched()
	}
	time.Sleep(10 * time.Millisecond) // the last ones reach the receive
	t1 := time.Now()
	close(c)
	wg.Wait()
	t2 := time.Now()
	fmt.Println("woken:", woke.Load())
	fmt.Fprintf(os.Stderr, "block %v wake %v\n", t1.Sub(t0), t2.Sub(t1))
}
