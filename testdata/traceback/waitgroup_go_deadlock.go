package main

import "sync"

func main() {
	var wg sync.WaitGroup
	c := make(chan int)
	wg.Go(func() {
		<-c
	})
	wg.Wait()
}
