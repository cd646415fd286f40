package main

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func (r Rect) GrowCopy(d int) Rect {
	r.W += d
	r.H += d
	return r
}

func (r *Rect) Grow(d int) {
	r.W += d
	r.H += d
}

type Shape interface{ Area() int }
type Grower interface{ Grow(int) }

func main() {
	r := Rect{2, 3}
	r.Grow(1)           // (&r).Grow
	g := r.GrowCopy(10) // value receiver gets a copy
	fmt.Println(r, g, r.Area(), g.Area())

	p := &Rect{1, 1}
	fmt.Println(p.Area()) // (*p).Area
	p.Grow(4)
	fmt.Println(*p)

	// Value type has only value methods in its method set.
	var s Shape = r
	fmt.Println("shape area:", s.Area())
	var gr Grower = &r // only *Rect implements Grower
	gr.Grow(1)
	fmt.Println("after grower:", r)
	_, ok := s.(Grower)
	fmt.Println("Rect value is Grower:", ok)
	var s2 Shape = &r
	_, ok = s2.(Grower)
	fmt.Println("*Rect in Shape is Grower:", ok)

	// Calling pointer methods on slice elements and map values.
	rs := []Rect{{1, 1}, {2, 2}}
	for i := range rs {
		rs[i].Grow(1)
	}
	fmt.Println(rs)
	m := map[string]*Rect{"a": {5, 5}}
	m["a"].Grow(1)
	fmt.Println(*m["a"])
	mv := map[string]Rect{"b": {5, 5}}
	tmp := mv["b"]
	tmp.Grow(2)
	mv["b"] = tmp
	fmt.Println(mv)
}
