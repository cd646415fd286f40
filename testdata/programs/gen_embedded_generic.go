// A generic type embedded in a struct: its methods are promoted to the
// outer type (value and pointer), and the outer type satisfies interfaces
// through them.
package main

import "fmt"

type Counter[T comparable] struct{ counts map[T]int }

func (c *Counter[T]) Add(x T) {
	if c.counts == nil {
		c.counts = map[T]int{}
	}
	c.counts[x]++
}

func (c Counter[T]) Get(x T) int { return c.counts[x] }

type WordStats struct {
	Counter[string]
	total int
}

type adder interface{ Add(string) }

func main() {
	var w WordStats
	for _, s := range []string{"a", "b", "a"} {
		w.Add(s)
		w.total++
	}
	fmt.Println(w.Get("a"), w.Get("b"), w.Get("c"), w.total)
	var a adder = &w
	a.Add("b")
	fmt.Println(w.Get("b"))
	fmt.Printf("%T\n", w.Counter)
}
