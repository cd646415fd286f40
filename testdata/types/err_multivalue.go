package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	a := two()
	var b, c, d = two()
	fmt.Println(a, b, c, d)
	var i interface{} = 1
	s := i.(string)
	n := i + 1
	fmt.Println(s, n)
	const k uint8 = 256
	var f float32 = 1e40
	fmt.Println(f, k)
	for i := 0; i < 10; i++ {
		i := "x"
	}
	m := map[string]int{"a": 1, "a": 2}
	_ = m
	x := []int{}
	x == x
}
