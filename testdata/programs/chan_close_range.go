package main

import (
	"fmt"
	"sync"
)

func fibs(n int, out chan<- int) {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		out <- a
		a, b = b, a+b
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go fibs(12, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Receiving from a closed channel returns the zero value immediately.
	done := make(chan struct{})
	close(done)
	v, ok := <-done
	fmt.Println(v, ok)
	<-done
	<-done
	fmt.Println("closed channel never blocks")

	// Close as broadcast: all waiters are released.
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			results[i] = i * 10
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println(results)

	// Buffered values remain readable after close.
	buf := make(chan string, 3)
	buf <- "x"
	buf <- "y"
	close(buf)
	for i := 0; i < 4; i++ {
		s, ok := <-buf
		fmt.Printf("%q %t\n", s, ok)
	}
}
