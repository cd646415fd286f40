// spawn_exit: goroutines spawned in a loop, each exiting at once (default
// 1000000, or os.Args[1]). Measures the cost of a goroutine's G and stack:
// an exited G and its 2 KiB stack are reused (Go's gfput/gfget), so peak
// memory stays bounded by the goroutines alive at once.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var sum atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(k int) {
			sum.Add(int64(k & 7))
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines:", n, "sum:", sum.Load())
}
