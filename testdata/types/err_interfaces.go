package main

import (
	"fmt"
	"strings"
)

type I interface{ M(int) string }
type A struct{}

func (a *A) M(x int) string { return "" }

type B struct{}

func (b B) M(x string) string { return "" }

func main() {
	var i I = A{}
	var j I = B{}
	var k I = &A{}
	fmt.Println(i, j, k, strings.ToUpperCase("x"))
	var f func(int) int = func(x int) string { return "" }
	_ = f
	ch := make(chan<- int)
	<-ch
	var u uint = -1
	_ = u
	var by byte = 'x' + 200
	_ = by
	return 5
}
