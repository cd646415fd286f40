package main

import "fmt"

func Same[T any](a, b T) bool { return false }

func main() {
	fmt.Println(Same(1, "x"))
}
