package main

import (
	"fmt"
	"sync"
)

type Worker struct {
	in  chan int
	out chan int
}

func (w *Worker) run() {
	for v := range w.in {
		w.out <- v * 2
	}
}

func waitBoth(a, b chan string) {
	select {
	case s := <-a:
		fmt.Println(s)
	case s := <-b:
		fmt.Println(s)
	}
}

func main() {
	w := &Worker{in: make(chan int), out: make(chan int)}
	go w.run()
	w.in <- 1
	go waitBoth(make(chan string), make(chan string))
	var mu sync.Mutex
	mu.Lock()
	go func() {
		var never chan int
		never <- 1
	}()
	go func() {
		select {}
	}()
	fmt.Println("blocking")
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}
