package main

import "fmt"

type Publisher struct {
	out    chan string
	closed bool
}

func (p *Publisher) Send(msg string) {
	p.out <- msg // no check of p.closed: sending after Close panics
}

func (p *Publisher) Close() {
	p.closed = true
	close(p.out)
}

func main() {
	p := &Publisher{out: make(chan string, 4)}
	p.Send("first")
	p.Send("second")
	p.Close()
	for m := range p.out {
		fmt.Println("got", m)
	}
	fmt.Println("sending after close, closed =", p.closed)
	p.Send("late")
}
