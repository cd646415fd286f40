package main

import "fmt"

func F[T comparable, U comparable](a T, b U) bool {
	return a == b
}

func main() {
	fmt.Println(F(1, 2))
}
