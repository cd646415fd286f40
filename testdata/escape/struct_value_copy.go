// mm
package main

type inner struct{ p *int }

type outer struct {
	in inner
	k  int
}

func extract(o outer) *int {
	return o.in.p
}

func main() {
	v := 11
	o := outer{in: inner{p: &v}, k: 1}
	c := o
	println(*extract(c), c.k)
}
