// channels.go — goroutine/channel-heavy: a pipeline of goroutines passing
// integers over unbuffered and buffered channels, plus a fan-in.
package main

import (
	"fmt"
	"runtime"
)

func stage(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	n := 300000 * runtime.NumGoroutine()
	first := make(chan int)
	var in <-chan int = first
	for i := 0; i < 8; i++ {
		out := make(chan int, 16)
		go stage(in, out)
		in = out
	}
	go func() {
		for i := 0; i < n; i++ {
			first <- i
		}
		close(first)
	}()
	sum := 0
	for v := range in {
		sum += v
	}
	done := make(chan int)
	for w := 0; w < 4; w++ {
		go func(w int) {
			s := 0
			for i := 0; i < n/4; i++ {
				s += i ^ w
			}
			done <- s
		}(w)
	}
	for w := 0; w < 4; w++ {
		sum += <-done
	}
	fmt.Println(sum)
}
