package main

import (
	"fmt"
	"sync"
)

// A server that "runs forever" with select {} after its handlers finish.
// With no other goroutine left, the runtime detects the deadlock.
func main() {
	var wg sync.WaitGroup
	handled := make([]string, 3)
	for i, route := range []string{"/", "/health", "/metrics"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			handled[i] = "registered " + route
		}()
	}
	wg.Wait()
	for _, h := range handled {
		fmt.Println(h)
	}
	fmt.Println("serving forever")
	select {}
}
