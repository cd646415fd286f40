package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("worker deferred")
		<-done
		fmt.Println("worker finishing")
	}()
	defer fmt.Println("main deferred")
	defer func() { done <- true }()
	runtime.Goexit()
	fmt.Println("unreachable")
}
