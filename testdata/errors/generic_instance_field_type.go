package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	p := Pair[string, int]{Key: "a", Val: "b"}
	fmt.Println(p)
}
