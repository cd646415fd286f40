package main

import "fmt"

func Pick[T any](a, b T) T { return a }

func main() {
	fmt.Println(Pick(1, "s"))
}
