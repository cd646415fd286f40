package main

import "fmt"

func consumer(in chan<- string) {
	msg := <-in
	fmt.Println(msg)
}

func main() {
	ch := make(chan string, 1)
	consumer(ch)
}
