package main

import (
	"fmt"
	"sort"
)

type State int

const (
	Idle State = iota
	MovingUp
	MovingDown
	DoorsOpen
)

func (s State) String() string {
	return [...]string{"Idle", "MovingUp", "MovingDown", "DoorsOpen"}[s]
}

type Elevator struct {
	floor    int
	state    State
	requests map[int]bool
	log      []string
}

func (e *Elevator) Request(f int) { e.requests[f] = true }

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.requests {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

// step advances the machine by one tick.
func (e *Elevator) step() {
	switch e.state {
	case DoorsOpen:
		e.state = Idle
	case Idle, MovingUp, MovingDown:
		if e.requests[e.floor] {
			delete(e.requests, e.floor)
			e.state = DoorsOpen
			break
		}
		p := e.pending()
		if len(p) == 0 {
			e.state = Idle
			break
		}
		up := p[len(p)-1] > e.floor
		down := p[0] < e.floor
		switch {
		case e.state == MovingDown && down, !up && down:
			e.state = MovingDown
			e.floor--
		default:
			e.state = MovingUp
			e.floor++
		}
	}
	e.log = append(e.log, fmt.Sprintf("floor %d %v", e.floor, e.state))
}

func main() {
	e := &Elevator{requests: map[int]bool{}}
	handlers := map[State]func(*Elevator){} // method expressions as table entries
	step := (*Elevator).step
	for s := Idle; s <= DoorsOpen; s++ {
		handlers[s] = step
	}
	e.Request(3)
	e.Request(1)
	for t := 0; t < 6; t++ {
		handlers[e.state](e)
	}
	e.Request(0)
	e.Request(5)
	for t := 0; t < 14 && (len(e.requests) > 0 || e.state != Idle); t++ {
		handlers[e.state](e)
	}
	for i, l := range e.log {
		fmt.Printf("t=%02d %s\n", i, l)
	}
	fmt.Println("final:", e.floor, e.state, "pending:", e.pending())
}
