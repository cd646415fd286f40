package main

import "fmt"

type Counter interface {
	Inc()
	Get() int
}

type ValCounter struct{ n int }

func (c ValCounter) Inc()     { c.n++ } // modifies a copy: a classic bug
func (c ValCounter) Get() int { return c.n }

type PtrCounter struct{ n int }

func (c *PtrCounter) Inc()     { c.n++ }
func (c *PtrCounter) Get() int { return c.n }

func bump(c Counter, times int) int {
	for i := 0; i < times; i++ {
		c.Inc()
	}
	return c.Get()
}

func main() {
	vc := ValCounter{}
	pc := &PtrCounter{}
	fmt.Println("value counter:", bump(vc, 3), vc.n)
	fmt.Println("pointer counter:", bump(pc, 3), pc.n)

	// An interface holding a value stores a copy.
	orig := ValCounter{n: 10}
	var c Counter = orig
	orig.n = 20
	fmt.Println("iface copy:", c.Get(), "orig:", orig.n)

	// An interface holding a pointer sees later changes.
	p := &PtrCounter{n: 10}
	var c2 Counter = p
	p.n = 20
	fmt.Println("iface pointer:", c2.Get())

	// *ValCounter also implements Counter (method set includes value methods).
	var c3 Counter = &orig
	c3.Inc()
	fmt.Println("via *ValCounter:", c3.Get(), orig.n)

	fmt.Printf("%T %T %T\n", c, c2, c3)
	// Comparison of interfaces holding pointers uses pointer identity.
	var x, y Counter = &PtrCounter{1}, &PtrCounter{1}
	var z Counter = ValCounter{1}
	var w Counter = ValCounter{1}
	fmt.Println(x == y, z == w, x == c2, c2 == Counter(p))
}
