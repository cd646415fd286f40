package main

import "fmt"

func f() (int, error) { return 0, nil }
func g(a, b int) int  { return a + b }
func h(xs ...int)     {}

func main() {
	fmt.Println(g(f()))
	h(f())
	v := g
	v = f
	var ok bool
	var m map[string]int
	_, ok = m["a"]
	x, ok := m["b"], true
	var ch chan int
	y, ok2 := <-ch
	z, ok3 := interface{}(1).(int)
	fmt.Println(x, y, z, ok, ok2, ok3)
	if x := 5; x {
	}
	for x := 0; x; x++ {
	}
	switch y := 3; {
	case y > 1, y:
	}
	defer fmt.Println
	go func() {}
	defer recover()
	go int(1)
	var s []int = nil
	s == nil
	nil == nil
	fmt.Println(s)
}
