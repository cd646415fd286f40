// mm
package main

type visitor interface {
	visit(p *int)
}

type summer struct{ total int }

func (s *summer) visit(p *int) { s.total += *p }

func walk(v visitor, xs []int) {
	for i := range xs {
		v.visit(&xs[i])
	}
}

func main() {
	s := &summer{}
	walk(s, []int{1, 2, 3})
	println(s.total)
}
