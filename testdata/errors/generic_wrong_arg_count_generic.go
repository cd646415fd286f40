package main

import "fmt"

func Two[T any](a, b T) {}

func main() {
	Two(1)
	fmt.Println()
}
