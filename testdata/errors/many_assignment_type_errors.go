package main

import "fmt"

func main() {
	var i int
	var s string
	var f float64
	var b bool
	i = "one"
	s = 2
	f = "three"
	b = 4
	i = 5.5
	s = true
	b = "yes"
	i = false
	f = "x"
	s = 1.5
	i = "last"
	fmt.Println(i, s, f, b)
}
