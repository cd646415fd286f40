// mm
package main

type base struct {
	id *int
}

func (b *base) ID() int { return *b.id }

type derived struct {
	base
	label string
}

func newDerived(id int) *derived {
	return &derived{base: base{id: &id}, label: "d"}
}

func main() {
	d := newDerived(42)
	n := 7
	local := derived{base: base{id: &n}}
	println(d.ID(), d.label, local.ID())
}
