package main

import "fmt"

func Same[T any](a, b T) bool { return false }

func main() {
	var x int = 1
	var y int64 = 2
	fmt.Println(Same(x, y))
}
