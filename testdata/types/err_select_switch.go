package main

import "fmt"

type K interface{}

func main() {
	ch := make(chan int)
	select {
	case x := 1:
	case ch <- "s":
	case v := <-ch:
	}
	var c2 chan (<-chan int)
	var c3 chan int = c2
	m := map[K]int{1: 1, "1": 2, 1: 3, int8(1): 4}
	var f []int
	switch f {
	}
	switch x := 5; x {
	case 1, 2, 1:
	case "a":
	}
	var iface interface{}
	switch iface {
	case 1, 1:
	}
	fmt.Println(c3, m)
	const big = 1 << 40
	var i32 int32 = big
	var a [big]byte
	var s = make([]int, -1)
	var s2 = make([]int, 10, 5)
	_, _, _, _ = i32, a, s, s2
}
