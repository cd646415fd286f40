// mm
package main

type blob struct {
	data [70000]byte
}

func (b blob) first() byte { return b.data[0] }

type small struct{ data [16]byte }

func (s small) first() byte { return s.data[0] }

func main() {
	var b blob
	b.data[0] = 5
	f := b.first
	var s small
	s.data[0] = 6
	g := s.first
	println(f(), g())
}
