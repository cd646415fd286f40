package main

import "fmt"

type Handler func(string) error

type Pair struct {
	Key   string `json:"key"`
	Value int
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	var h Handler = func(s string) {}
	apply(func(x int) string { return "" }, 1)
	apply(nil, "x")
	var anon struct{ a int; b string } = Pair{}
	var p Pair = struct{ Key string; Value int }{}
	var q Pair = struct {
		Key   string `json:"key"`
		Value int
	}{}
	var ch chan<- int = make(chan int)
	var ch2 chan int = ch
	var m map[string][]*Pair = map[string][]Pair{}
	var fn func(...int) = func(xs []int) {}
	var arr [3]int = [4]int{}
	var ifc interface{ M(); N(int) string } = 1
	fmt.Println(h, anon, p, q, ch2, m, fn, arr, ifc)
}
