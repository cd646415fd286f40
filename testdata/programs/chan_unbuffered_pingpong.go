package main

import "fmt"

type Ball struct{ hits int }

// player receives the ball on in and returns it on out until the rally ends.
func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- string, limit int) {
	for ball := range in {
		if ball.hits >= limit {
			done <- name
			close(out)
			return
		}
		ball.hits++
		fmt.Printf("%-4s hit %d\n", name, ball.hits)
		out <- ball
	}
	done <- name + " (partner left)"
}

func main() {
	toPing := make(chan *Ball)
	toPong := make(chan *Ball)
	done := make(chan string)
	go player("ping", toPing, toPong, done, 9)
	go player("pong", toPong, toPing, done, 9)
	toPing <- new(Ball)
	fmt.Println(<-done, "saw the final ball")
	fmt.Println(<-done, "stopped")

	// Unbuffered send/receive synchronizes: the receive completes before send returns.
	sync := make(chan int)
	order := make(chan string, 3)
	go func() {
		v := <-sync
		order <- fmt.Sprint("received ", v)
		sync <- v * 2
	}()
	sync <- 21
	doubled := <-sync
	order <- "sent"
	fmt.Println(<-order, "|", <-order, "|", doubled)
}
