package main

import "fmt"

func F[T any]() {
	var x T
}

func main() {
	F[int]()
	fmt.Println()
}
