package main

import "fmt"

func At[T any](x T) int {
	return x[0]
}

func main() {
	fmt.Println(At([]int{1}))
}
