package main

import (
	"fmt"
	"os"
)

type Point struct{ X, Y int }

func area(w, h int) int { return w * h }

func main() {
	unused := 1
	p := Point{1, 2, 3}
	var n int = "x"
	fmt.Println(p.Z)
	fmt.Println(area(1))
	fmt.Println(undefinedName)
	var s string = 5
	if n {
	}
	x := 1 + "a"
	s[0] = 'b'
	m := map[[]int]int{}
	fmt.Println(m, x)
	return 1
}
