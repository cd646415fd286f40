package main

import "fmt"

type Box[T any] struct{ v T }

func take(b Box[int]) {}

func main() {
	take(Box[int64]{v: 1})
	fmt.Println()
}
