package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, log chan<- string) {
	defer wg.Done()
	defer func() {
		// recover returns nil while Goexit runs the deferred calls.
		log <- fmt.Sprintf("worker %d deferred, recover() = %v", id, recover())
	}()
	if id%2 == 0 {
		runtime.Goexit()
	}
	log <- fmt.Sprintf("worker %d returned", id)
}

func nested(log chan<- string) {
	defer func() { log <- "nested: outer deferred" }()
	func() {
		defer func() { log <- "nested: inner deferred" }()
		runtime.Goexit()
	}()
	log <- "nested: unreachable"
}

func main() {
	log := make(chan string, 32)
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(i, &wg, log)
		wg.Wait()
		fmt.Println(<-log)
		if len(log) > 0 {
			fmt.Println(<-log)
		}
	}
	done := make(chan bool)
	go func() {
		defer close(done)
		nested(log)
	}()
	<-done
	close(log)
	for s := range log {
		fmt.Println(s)
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	defer fmt.Println("main: deferred runs before the fatal error")
	runtime.Goexit()
}
