package main

import "fmt"

type S struct{ a int }

func (s *S) Set(v int) { s.a = v }
func (s S) Get() int    { return s.a }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func main() {
	S{}.Set(1)
	m := map[string]S{}
	m["a"].Set(1)
	m["a"].a = 2
	var st Stack
	st.Push(1)
	Stack{}.Push(2)
	f := (*S).Set
	g := S.Set
	h := (*S).Get
	fmt.Println(f, g, h)
	var i interface{} = 1
	i.foo()
	var p **S
	p.Get()
	x, y := 1
	a, b := 1, 2, 3
	fmt.Println(x, y, a, b)
	var c int
	c, d := 1, 2
	c := 3
	_ = d
}
