package main

import (
	str "strings"
	. "math"
	_ "os"
	"fmt"
)

type T struct{}

func (t T) String() string { return "" }
func (t T) String() string { return "x" }

type I interface {
	M()
	M()
}

func main() {
	x := nil
	var f func()
	var g func()
	fmt.Println(f == g, x)
	_ = _
	var y = init
	var z int = T{}
	fmt.Println(z, y)
	fmt.Println(Pi)
	var s = []int{1}
	for range s {
	}
	for i := range s {
	}
	var p *int = nil
	fmt.Println(*p + "a")
}
