// Goroutines sleeping different durations wake in order of their
// deadlines; Sleep(0) and negative durations return at once; Since of a
// Sleep is at least its duration; a sleeper wakes while main computes.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("elapsed >= 20ms:", elapsed >= 20*time.Millisecond)
	fmt.Println("until start < 0:", time.Until(start) < 0)

	t0 := time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("Sleep(0) and Sleep(-1s) quick:", time.Since(t0) < 5*time.Second)

	// Wake order follows the durations, not the start order.
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, ms := range []int{40, 10, 30, 20, 50} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
		}(ms)
	}
	wg.Wait()
	fmt.Println("wake order:", order)

	// Results through a channel: each sleeper sends when it wakes.
	done := make(chan string)
	for _, w := range []struct {
		name string
		d    time.Duration
	}{{"slow", 45 * time.Millisecond}, {"fast", 5 * time.Millisecond}, {"medium", 25 * time.Millisecond}} {
		go func(name string, d time.Duration) {
			time.Sleep(d)
			done <- name
		}(w.name, w.d)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("woke:", <-done)
	}

	// A sleeping goroutine wakes while main computes without blocking.
	var flag atomic.Int32
	go func() {
		time.Sleep(10 * time.Millisecond)
		flag.Store(1)
	}()
	spins := 0
	for flag.Load() == 0 {
		spins++
	}
	fmt.Println("woke while main computed:", spins > 0)

	// Main sleeps while others work; everyone is done after the sleep.
	var count atomic.Int32
	for i := 0; i < 10; i++ {
		go func() { count.Add(1) }()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("workers done during main's sleep:", count.Load())

	// Nested sleeps measured with Sub on monotonic readings.
	a := time.Now()
	time.Sleep(15 * time.Millisecond)
	b := time.Now()
	fmt.Println("b.Sub(a) >= 15ms:", b.Sub(a) >= 15*time.Millisecond, "b after a:", b.After(a), "a before b:", a.Before(b))
}
