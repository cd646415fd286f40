package main

import "fmt"

type Stage struct {
	name string
	in   chan int
	out  chan int
}

func NewStage(name string, withOut bool) *Stage {
	s := &Stage{name: name, in: make(chan int, 1)}
	if withOut {
		s.out = make(chan int, 1)
	}
	return s
}

func main() {
	first := NewStage("parse", true)
	second := NewStage("render", false) // out channel is nil
	first.in <- 5
	first.out <- <-first.in * 2
	second.in <- <-first.out + 1
	v := <-second.in
	fmt.Println("stage", second.name, "received", v, "- now reading from its nil out channel")
	fmt.Println(<-second.out)
}
