// mm
package main

type stack[T any] struct {
	items []T
}

func (s *stack[T]) push(v T) { s.items = append(s.items, v) }

func (s *stack[T]) pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	var s stack[int]
	s.push(1)
	s.push(2)
	println(s.pop(), len(s.items))
}
