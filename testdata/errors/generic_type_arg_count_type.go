package main

import "fmt"

type Box[T any] struct{ v T }

func main() {
	var b Box[int, int]
	fmt.Println(b)
}
