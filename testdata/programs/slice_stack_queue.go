package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() (int, bool) {
	if len(*s) == 0 {
		return 0, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}
func (s Stack) Peek() int { return s[len(s)-1] }

type Queue struct {
	items []string
	head  int
}

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }
func (q *Queue) Dequeue() (string, bool) {
	if q.head >= len(q.items) {
		return "", false
	}
	s := q.items[q.head]
	q.head++
	if q.head > 4 && q.head*2 >= len(q.items) {
		q.items = append([]string(nil), q.items[q.head:]...)
		q.head = 0
	}
	return s, true
}
func (q *Queue) Len() int { return len(q.items) - q.head }

func balanced(s string) bool {
	var st []rune
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			st = append(st, c)
		case ')', ']', '}':
			if len(st) == 0 || st[len(st)-1] != pairs[c] {
				return false
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0
}

func main() {
	var s Stack
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	fmt.Println("stack:", s, "peek:", s.Peek())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	var q Queue
	for i := 0; i < 10; i++ {
		q.Enqueue(fmt.Sprintf("job%d", i))
		if i%3 == 2 {
			j, _ := q.Dequeue()
			fmt.Println("processed", j, "remaining", q.Len())
		}
	}
	for q.Len() > 0 {
		j, _ := q.Dequeue()
		fmt.Print(j, " ")
	}
	fmt.Println()
	for _, e := range []string{"([]{})", "([)]", "((", "{[()()]}", ""} {
		fmt.Printf("%q balanced=%t\n", e, balanced(e))
	}
}
