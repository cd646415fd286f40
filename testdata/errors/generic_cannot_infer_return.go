package main

import "fmt"

func Make[T any]() []T { return nil }

func main() {
	var xs []int = Make()
	fmt.Println(xs)
}
