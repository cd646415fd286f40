// mm
package main

var keep [3]*int

func fillArr(a, b, c int) [3]*int {
	return [3]*int{&a, &b, &c}
}

func main() {
	x, y, z := 1, 2, 3
	arr := [3]*int{&x, &y, &z}
	s := 0
	for _, p := range arr {
		s += *p
	}
	keep = fillArr(4, 5, 6)
	println(s, *keep[2])
}
