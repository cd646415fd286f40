package main

import "time"

type T struct{}

func (t *T) M(c chan int) { <-c }
func (t T) V(c chan int)  { c <- 1; select {} }

func f(c chan int) {
	func() {
		go func() {
			func() { <-c }()
		}()
	}()
}

func main() {
	c := make(chan int)
	for i := 0; i < 20; i++ {
		go func() { <-c }()
	}
	t := &T{}
	go t.M(c)
	go T{}.V(make(chan int))
	f(c)
	go func() { select {} }()
	time.Sleep(10 * time.Millisecond)
	var m chan int
	<-m
}
