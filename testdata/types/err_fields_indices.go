package main

import "fmt"

type T struct{ a int }

func (t T) M() {}

func main() {
	var x int = "s"
	var t T
	t.b = 1
	fmt.Println(x + "a")
	var p *T
	p.M()
	T.M()
	y := []int{1,2}
	y.foo()
	_ = y[5]
	var arr [3]int
	_ = arr[5]
	z := 10 / 0
	_ = z
}
