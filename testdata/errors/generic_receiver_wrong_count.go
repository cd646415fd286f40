package main

import "fmt"

type Pair[K, V any] struct {
	k K
	v V
}

func (p Pair[K]) Key() K { return p.k }

func main() {
	fmt.Println(Pair[int, int]{}.k)
}
