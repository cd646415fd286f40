package main

import (
	"fmt"
	"sync"
)

// Two workers each wait for the other to speak first.
func main() {
	a := make(chan string)
	b := make(chan string)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		msg := <-b
		a <- "a got " + msg
	}()
	go func() {
		defer wg.Done()
		msg := <-a
		b <- "b got " + msg
	}()
	fmt.Println("waiting for workers")
	wg.Wait()
}
