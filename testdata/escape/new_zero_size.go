// mm
package main

type none struct{}

var sink *none

func main() {
	a := new(none)
	b := &none{}
	sink = new(none)
	var arr [0]int
	p := &arr
	println(a != nil, b != nil, sink != nil, len(p))
}
