package main

import "fmt"

func main() {
	a := (1 + 2))
	b := [1, 2, 3]
	c := 1 +* 2
	fmt.Println(a b)
	if a = 1 {
	}
	for i := 0; i < 3 {
	}
	d := 'xy'
	e := func() { return ) }
	var f int = = 3
	g := map[string]int{"a" 1}
	h := struct{ x int, y int }{}
	k := a ? b : c
}
