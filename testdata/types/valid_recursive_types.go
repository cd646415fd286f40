package main

import "fmt"

func (l *List) Push(v int) { l.head = &elem{v, l.head} }

type Node interface {
	Children() []Node
	fmt.Stringer
}

type List struct{ head *elem }
type elem struct {
	v    int
	next *elem
}

type Leaf struct{ name string }

func (l Leaf) Children() []Node { return nil }
func (l Leaf) String() string   { return l.name }

type Branch struct {
	kids []Node
}

func (b *Branch) Children() []Node { return b.kids }
func (b *Branch) String() string   { return fmt.Sprint(len(b.kids)) }

type Visitor func(Node) Visitor

func walk(n Node, v Visitor) {
	if v = v(n); v == nil {
		return
	}
	for _, c := range n.Children() {
		walk(c, v)
	}
}

type Expr interface{ Eval(env Env) float64 }
type Env map[string]Expr
type Num float64

func (n Num) Eval(Env) float64 { return float64(n) }

func main() {
	var l List
	l.Push(1)
	root := &Branch{[]Node{Leaf{"a"}, &Branch{[]Node{Leaf{"b"}}}}}
	var v Visitor
	v = func(n Node) Visitor { fmt.Println(n); return v }
	walk(root, v)
	env := Env{"x": Num(2)}
	fmt.Println(env["x"].Eval(env), l.head.v)
}
