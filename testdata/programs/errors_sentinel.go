package main

import (
	"errors"
	"fmt"
)

var (
	ErrEmpty    = errors.New("stack is empty")
	ErrOverflow = errors.New("stack overflow")
)

type BoundedStack struct {
	data []int
	max  int
}

func (s *BoundedStack) Push(v int) error {
	if len(s.data) == s.max {
		return fmt.Errorf("push %d: %w", v, ErrOverflow)
	}
	s.data = append(s.data, v)
	return nil
}

func (s *BoundedStack) Pop() (int, error) {
	if len(s.data) == 0 {
		return 0, ErrEmpty
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

func evalRPN(tokens []string) (int, error) {
	s := &BoundedStack{max: 4}
	for _, t := range tokens {
		switch t {
		case "+", "-", "*":
			b, err := s.Pop()
			if err != nil {
				return 0, fmt.Errorf("operator %s: right operand: %w", t, err)
			}
			a, err := s.Pop()
			if err != nil {
				return 0, fmt.Errorf("operator %s: left operand: %w", t, err)
			}
			r := map[string]int{"+": a + b, "-": a - b, "*": a * b}[t]
			if err := s.Push(r); err != nil {
				return 0, err
			}
		default:
			n := 0
			for _, c := range t {
				n = n*10 + int(c-'0')
			}
			if err := s.Push(n); err != nil {
				return 0, err
			}
		}
	}
	return s.Pop()
}

func main() {
	exprs := [][]string{
		{"3", "4", "+", "2", "*"},
		{"1", "+"},
		{"1", "2", "3", "4", "5", "+", "+", "+", "+"},
		{},
		{"5", "1", "2", "+", "4", "*", "+", "3", "-"},
	}
	for _, e := range exprs {
		v, err := evalRPN(e)
		switch {
		case err == nil:
			fmt.Println(e, "=", v)
		case errors.Is(err, ErrOverflow):
			fmt.Println(e, "overflow:", err)
		case errors.Is(err, ErrEmpty):
			fmt.Println(e, "underflow:", err)
		default:
			fmt.Println(e, "other:", err)
		}
	}
}
