// A value method called through an interface holding a nil *T panics with
// Go's wrapper message (not a bare nil dereference); pointer methods get
// the nil receiver and may handle it.
package main

import "fmt"

type Temp float64

func (t Temp) Celsius() string { return fmt.Sprint(float64(t), "C") }

type Big struct{ a, b, c int }

func (b Big) Sum() int { return b.a + b.b + b.c }

type node struct{ next *node }

func (n *node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.Len()
}

type stringer interface{ Celsius() string }
type summer interface{ Sum() int }
type lener interface{ Len() int }

// Real interface calls (no devirtualization: Go would then dereference
// the nil pointer directly).
var (
	s stringer
	m summer
	l lener
)

//go:noinline
func celsius(x stringer) string { return x.Celsius() }

//go:noinline
func sum(x summer) int { return x.Sum() }

func call(label string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(label, "panic:", err.Error())
			return
		}
		fmt.Println(label, "recovered:", r)
	}()
	f()
}

func main() {
	var tp *Temp
	var bp *Big
	var np *node
	s, m, l = tp, bp, np
	call("scalar:", func() { fmt.Println(celsius(s)) })
	call("struct:", func() { fmt.Println(sum(m)) })
	call("pointer method:", func() { fmt.Println(l.Len()) })
	t := Temp(21.5)
	s = &t
	fmt.Println(s.Celsius())
}
