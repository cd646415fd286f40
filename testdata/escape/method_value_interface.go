// mm
package main

type shape interface{ area() int }

type square struct{ s int }

func (q square) area() int { return q.s * q.s }

func areaFn(s shape) func() int {
	return s.area
}

func main() {
	var s shape = square{3}
	f := s.area
	g := areaFn(square{4})
	println(f(), g())
}
