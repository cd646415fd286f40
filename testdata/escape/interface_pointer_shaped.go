// mm
package main

var sink interface{}

type T struct{ v int }

func main() {
	t := &T{v: 1}
	sink = t
	m := map[int]int{1: 2}
	sink = m
	ch := make(chan int)
	sink = ch
	println(sink != nil)
}
