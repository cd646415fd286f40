// sync_defer_block_panic: deferred calls that block (wg.Wait, mu.Lock),
// sleep (time.Sleep) or yield (runtime.Gosched) run to completion both on
// a normal return and while a panic unwinds, then recover sees the panic.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

var log []string
var logMu sync.Mutex

func note(s string) {
	logMu.Lock()
	log = append(log, s)
	logMu.Unlock()
}

func panicsAfterStartingWorkers() (err any) {
	defer func() { err = recover() }()
	var wg sync.WaitGroup
	defer wg.Wait()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.Gosched()
			note("worker")
		}()
	}
	panic("boom")
}

func lockDuringPanic() (err any) {
	var mu sync.Mutex
	mu.Lock()
	go func() {
		note("unlocker")
		mu.Unlock()
	}()
	defer func() { err = recover() }()
	defer mu.Lock() // held: waits for the goroutine while the panic unwinds
	panic("second")
}

func sleepInDefer() {
	done := make(chan bool)
	go func() {
		note("ran during deferred sleep")
		done <- true
	}()
	defer func() { <-done; note("after sleep") }()
	defer time.Sleep(20 * time.Millisecond)
	defer runtime.Gosched()
}

func main() {
	fmt.Println("recovered:", panicsAfterStartingWorkers())
	fmt.Println("log:", log)
	log = nil
	fmt.Println("recovered:", lockDuringPanic())
	fmt.Println("log:", log)
	log = nil
	sleepInDefer()
	fmt.Println("log:", log)
}
