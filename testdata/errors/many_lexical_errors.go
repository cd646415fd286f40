package main

import "fmt"

func main() {
	a := 0x
	b := 09
	c := 0b12
	d := 0o8
	e := 1__0
	f := ''
	g := 'ab'
	h := "\q"
	i := 1e
	j := 0x1p
	k := 0_x1
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k)
}
