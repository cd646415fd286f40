package main

import (
	"fmt"
	"sync"
)

type Ledger struct {
	mu      sync.Mutex
	entries []string
	depth   int
}

// enter logs entry and returns the function that logs exit; used as
// `defer l.enter(name)()` the call to enter happens immediately.
func (l *Ledger) enter(name string) func() {
	l.depth++
	l.entries = append(l.entries, fmt.Sprintf("%*s> %s", l.depth*2, "", name))
	return func() {
		l.entries = append(l.entries, fmt.Sprintf("%*s< %s", l.depth*2, "", name))
		l.depth--
	}
}

func (l *Ledger) Fact(n int) int {
	defer l.enter(fmt.Sprintf("Fact(%d)", n))()
	if n <= 1 {
		return 1
	}
	return n * l.Fact(n-1)
}

func (l *Ledger) Add(e string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries = append(l.entries, e)
}

type Timer struct{ label string }

func (t Timer) Stop()     { fmt.Println("stop", t.label) }
func (t *Timer) StopPtr() { fmt.Println("stop via pointer", t.label) }

func main() {
	l := &Ledger{}
	fmt.Println("4! =", l.Fact(4))
	for _, e := range l.entries {
		fmt.Println(e)
	}
	l.Add("locked add 1")
	l.Add("locked add 2")
	fmt.Println(len(l.entries), l.entries[len(l.entries)-1])

	t := Timer{"first"}
	defer t.Stop()    // receiver value copied now
	defer t.StopPtr() // receiver pointer copied now, label read later
	t.label = "second"
	defer t.Stop()
	fmt.Println("end of main")
}
