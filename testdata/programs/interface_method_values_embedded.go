package main

import (
	"errors"
	"fmt"
)

// Method values of interfaces (the interface is evaluated, and checked for
// nil, when the method value is made) and methods promoted from interfaces
// embedded in structs (calls, method values, method sets and itabs).

type Shape interface {
	Area() float64
	Scale(k float64) Shape
}

type Sq struct{ s float64 }

func (q Sq) Area() float64          { return q.s * q.s }
func (q Sq) Scale(k float64) Shape { return Sq{q.s * k} }

type Named struct {
	Shape
	name string
}

type Wrapped struct {
	*Named
	tag int
}

type E struct{ error }

type Counter interface{ Inc() int }

type C struct{ n int }

func (c *C) Inc() int { c.n++; return c.n }

type Areas interface{ Area() float64 }

func main() {
	n := Named{Sq{2}, "sq"}
	fmt.Println(n.Area(), n.Scale(3).Area())
	f := n.Area
	g := n.Scale
	n.Shape = Sq{5}
	fmt.Println(f(), g(2).Area(), n.Area())

	// Method sets: Named and *Named have Shape's methods.
	var sh Shape = n
	var pn Areas = &n
	fmt.Println(sh.Area(), pn.Area())
	w := Wrapped{&n, 1}
	fmt.Println(w.Area(), w.Scale(0.5).Area())
	var wa Areas = w
	fmt.Println(wa.Area())
	_, isShape := wa.(Shape)
	fmt.Println("Wrapped is a Shape:", isShape)

	e := E{errors.New("boom")}
	var err error = e
	ef := e.Error
	fmt.Println(e.Error(), err, ef())

	c := &C{}
	var ci Counter = c
	inc := ci.Inc
	inc()
	inc()
	fmt.Println("after two calls through the method value:", c.n)
	ci = &C{n: 100}
	fmt.Println("the method value keeps its receiver:", inc(), ci.Inc())

	defer func() { fmt.Println("recovered:", recover()) }()
	var none Shape
	fmt.Println("making a method value of a nil interface")
	h := none.Area
	fmt.Println("not reached", h)
}
