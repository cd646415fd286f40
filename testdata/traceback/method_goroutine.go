package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type Pair struct{ a, b int }

func (p Pair) Div() int { return p.a / p.b }

//go:noinline
func drain(s *Stack, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += s.Pop()
	}
	return total
}

func main() {
	done := make(chan int)
	s := &Stack{items: []int{1, 2, 3}}
	fmt.Println(Pair{6, 3}.Div())
	go func() {
		func() {
			done <- drain(s, 5)
		}()
	}()
	fmt.Println(<-done)
}
