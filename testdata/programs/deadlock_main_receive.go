package main

import "fmt"

func squares(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	// Bug: forgot close(out), so the range in main never ends.
}

func main() {
	results := make(chan int)
	go squares(4, results)
	sum := 0
	for r := range results {
		sum += r
		fmt.Println("result", r, "running sum", sum)
	}
	fmt.Println("unreachable", sum)
}
