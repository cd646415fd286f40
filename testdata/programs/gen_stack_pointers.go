// A generic stack over a slice holding pointers, built up and torn down
// many times with garbage in between: the element slices of every instance
// are scanned precisely (run under gcstress by GCStressTests).
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Peek() T { return s.items[len(s.items)-1] }

func (s *Stack[T]) Size() int { return len(s.items) }

type node struct {
	name string
	kids []*node
}

func main() {
	var s Stack[*node]
	total := 0
	for round := 0; round < 50; round++ {
		for i := 0; i < 40; i++ {
			n := &node{name: fmt.Sprintf("n%d-%d", round, i)}
			for k := 0; k < 3; k++ {
				n.kids = append(n.kids, &node{name: n.name + "k"})
			}
			s.Push(n)
			_ = make([]byte, 64)
		}
		for s.Size() > 10 {
			n, _ := s.Pop()
			total += len(n.kids) + len(n.name)
		}
	}
	fmt.Println(s.Size(), s.Peek().name, total)
	var t Stack[string]
	t.Push("a")
	t.Push("b")
	v, ok := t.Pop()
	fmt.Println(v, ok, t.Size())
	v, ok = t.Pop()
	v, ok = t.Pop()
	fmt.Printf("%q %v\n", v, ok)
}
