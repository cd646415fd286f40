package main

import "fmt"

type Box[T any] struct{ v T }

func main() {
	b := Box[int]{w: 1}
	fmt.Println(b)
}
