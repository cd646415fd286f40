package main

import "fmt"

type Box[T any] struct{ v T }

func main() {
	var a Box[int]
	var b Box[string] = a
	fmt.Println(b)
}
