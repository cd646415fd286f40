package main

import "fmt"

func F[T any](x T) int {
	return x.(int)
}

func main() {
	fmt.Println(F(1))
}
