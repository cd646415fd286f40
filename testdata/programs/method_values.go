package main

import (
	"fmt"
	"strings"
)

type Greeter struct {
	Greeting string
}

func (g Greeter) Greet(name string) string { return g.Greeting + ", " + name + "!" }

type Tally struct{ n int }

func (t *Tally) Add(k int) { t.n += k }
func (t Tally) Value() int { return t.n }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func apply(names []string, f func(string) string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = f(n)
	}
	return out
}

func main() {
	g := Greeter{"Hello"}
	greet := g.Greet // method value binds a copy of g
	g.Greeting = "Bye"
	fmt.Println(greet("Ann"), g.Greet("Ann"))
	fmt.Println(strings.Join(apply([]string{"x", "y"}, greet), " "))

	var t Tally
	add := t.Add // binds &t
	val := t.Value
	add(5)
	add(10)
	fmt.Println("t.n:", t.n, "bound value:", val(), "fresh value:", t.Value())

	// Method values from pointers.
	tp := &Tally{}
	incs := []func(int){tp.Add, tp.Add}
	for i, f := range incs {
		f(i + 1)
	}
	fmt.Println(tp.Value())

	// Method value from an interface.
	var s fmt.Stringer = Temp(21.5)
	str := s.String
	s = Temp(-3)
	fmt.Println(str(), s.String())
	fmt.Printf("%T\n", greet)
}
