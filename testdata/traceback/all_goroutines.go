// GOTRACEBACK=all
package main

import (
	"fmt"
	"time"
)

func consumer(c chan int) {
	for v := range c {
		fmt.Println("got", v)
	}
}

func sleeper() {
	time.Sleep(time.Hour)
}

func main() {
	c := make(chan int)
	go consumer(c)
	go sleeper()
	c <- 1
	time.Sleep(10 * time.Millisecond)
	var p *struct{ x int }
	fmt.Println(p.x)
}
