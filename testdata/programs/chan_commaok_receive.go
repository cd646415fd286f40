package main

import "fmt"

type Event struct {
	Kind string
	N    int
}

func emitter(events chan<- Event) {
	for i, k := range []string{"start", "tick", "tick", "tick", "stop"} {
		events <- Event{k, i}
	}
	close(events)
}

func main() {
	events := make(chan Event)
	go emitter(events)
	ticks := 0
	for {
		e, ok := <-events
		if !ok {
			fmt.Println("channel closed; zero value:", e)
			break
		}
		if e.Kind == "tick" {
			ticks++
		}
		fmt.Printf("got %+v\n", e)
	}
	fmt.Println("ticks:", ticks)

	// Distinguish a real zero from a closed channel.
	nums := make(chan int, 3)
	nums <- 0
	nums <- 5
	close(nums)
	for {
		n, ok := <-nums
		fmt.Println(n, ok)
		if !ok {
			break
		}
	}
	// Comma-ok in select.
	c := make(chan string, 1)
	c <- "hi"
	close(c)
	for i := 0; i < 2; i++ {
		select {
		case s, ok := <-c:
			fmt.Printf("select got %q ok=%t\n", s, ok)
		}
	}
}
