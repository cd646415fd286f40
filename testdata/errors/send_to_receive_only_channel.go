package main

import "fmt"

func producer(out <-chan int) {
	out <- 1
}

func main() {
	ch := make(chan int, 1)
	producer(ch)
	fmt.Println(<-ch)
}
