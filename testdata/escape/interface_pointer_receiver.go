// mm
package main

type stringer interface{ str() string }

type person struct{ name string }

func (p *person) str() string { return p.name }

func show(s stringer) string { return s.str() }

func main() {
	p := person{name: "ada"}
	println(show(&p))
}
