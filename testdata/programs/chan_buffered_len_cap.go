package main

import "fmt"

func main() {
	ch := make(chan string, 4)
	fmt.Println("empty:", len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	ch <- "c"
	fmt.Println("after 3 sends:", len(ch), cap(ch))
	fmt.Println(<-ch)
	fmt.Println("after 1 receive:", len(ch))
	ch <- "d"
	ch <- "e"
	fmt.Println("full:", len(ch) == cap(ch))
	close(ch)
	fmt.Println("closed with", len(ch), "buffered")
	for s := range ch {
		fmt.Print(s, " ")
	}
	fmt.Println("| len now", len(ch))

	// Buffered channel as a FIFO queue of jobs.
	jobs := make(chan int, 100)
	for i := 1; i <= 10; i++ {
		jobs <- i * i
	}
	close(jobs)
	sum := 0
	for j := range jobs {
		sum += j
	}
	fmt.Println("sum of squares:", sum)

	var nilCh chan int
	fmt.Println("nil chan len/cap:", len(nilCh), cap(nilCh))
	unbuf := make(chan int)
	fmt.Println("unbuffered cap:", cap(unbuf))
	// Channel of channels buffered.
	reqs := make(chan chan int, 2)
	for i := 0; i < 2; i++ {
		r := make(chan int, 1)
		r <- i + 100
		reqs <- r
	}
	close(reqs)
	for r := range reqs {
		fmt.Print(<-r, " ")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", ch, reqs)
}
