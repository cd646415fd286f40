package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Show() string { return fmt.Sprint(b.v) }

type Shower interface{ Show() string }

func main() {
	var s Shower = Box[int]{1}
	var t Shower = Box{2}
	fmt.Println(s, t)
}
