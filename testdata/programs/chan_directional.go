package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func sink(in <-chan int, results chan<- string) {
	total := 0
	count := 0
	for v := range in {
		total += v
		count++
	}
	results <- fmt.Sprintf("count=%d total=%d", count, total)
}

func produceInto(out chan<- int, vals ...int) {
	for _, v := range vals {
		out <- v
	}
	close(out)
}

func main() {
	results := make(chan string)
	go sink(square(generate(10)), results)
	fmt.Println(<-results)

	ch := make(chan int, 5)
	produceInto(ch, 5, 6, 7) // bidirectional converts to send-only implicitly
	var recvOnly <-chan int = ch
	for v := range recvOnly {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var sendOnly chan<- int = make(chan int, 1)
	sendOnly <- 1
	fmt.Println(len(sendOnly), cap(sendOnly))
	fmt.Printf("%T | %T | %T\n", ch, recvOnly, sendOnly)
}
