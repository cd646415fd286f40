package main

import "fmt"

func trace(name string) string {
	fmt.Println("enter", name)
	return name
}

func un(name string) { fmt.Println("leave", name) }

func a() {
	defer un(trace("a")) // trace runs now, un runs at return
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

type Point struct{ X, Y int }

func (p Point) Show(label string)     { fmt.Println(label, p.X, p.Y) }
func (p *Point) ShowPtr(label string) { fmt.Println(label, p.X, p.Y) }

func main() {
	b()
	fmt.Println("---")
	x := 1
	defer fmt.Println("deferred x (evaluated early):", x)
	defer func() { fmt.Println("closure x (evaluated late):", x) }()
	x = 2

	s := []int{1, 2, 3}
	defer fmt.Println("deferred slice header:", s) // elements may change
	s[0] = 100
	s = append(s, 4) // new header not seen by the deferred call

	p := Point{1, 1}
	defer p.Show("value receiver copied at defer:")
	defer p.ShowPtr("pointer receiver sees changes:")
	p.X, p.Y = 9, 9

	f := func() { fmt.Println("original func") }
	defer f()
	f = func() { fmt.Println("replaced func") }
	fmt.Println("main returns")
}
