package main

import "fmt"

func F[T any](x U) T {
	var z T
	return z
}

func main() {
	fmt.Println(F[int](1))
}
