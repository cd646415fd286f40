package main

import "fmt"

type Node struct {
	val  int
	next Node
}

type P *int

func (p P) M() {}

var a = b
var b = a

func init() int { return 1 }

func g() {
	var x int
	x = 1
	y := 2
	y = 3
	goto L
	z := 1
L:
	fmt.Println(z)
}

func h(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func main() {
	var s []int
	s.Len()
	for i, v, w := range s {
	}
	var m map[[]int]string
	_ = m
	fmt.Printf("%d\n")
	v := struct{ a int }{1}
	v.a()
}
