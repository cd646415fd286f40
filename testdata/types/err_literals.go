package main

import "fmt"

type Point struct{ X, Y int }
type Inner struct{ A int }
type Outer struct {
	Inner
	B int
}

func main() {
	p := Point{X: 1, Y: 2, X: 3}
	q := Point{1}
	r := Point{Z: 1}
	o := Outer{A: 1}
	s := []int{0: 1, 0: 2}
	t := [2]int{1, 2, 3}
	u := map[string]int{"a"}
	v := Point{1, Y: 2}
	w := &Point{}
	w.Z = 1
	var arr [3]int
	arr[-1] = 0
	fmt.Println(p, q, r, o, s, t, u, v)
}
