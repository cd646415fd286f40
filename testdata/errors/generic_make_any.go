package main

import "fmt"

func Mk[T any]() T {
	return make(T, 3)
}

func main() {
	fmt.Println(Mk[[]int]())
}
