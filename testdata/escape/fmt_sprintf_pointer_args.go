package main

import "fmt"

type pos struct{ line, col int }

func (p *pos) String() string { return fmt.Sprintf("%d:%d", p.line, p.col) }

func main() {
	p := pos{3, 14}
	s := fmt.Sprintf("at %v", &p)
	n := 5
	t := fmt.Sprint(&n == nil, n)
	fmt.Println(s, t)
}
