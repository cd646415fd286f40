package main

import "fmt"

func Mk[T any]() T {
	return T{}
}

func main() {
	fmt.Println(Mk[int]())
}
