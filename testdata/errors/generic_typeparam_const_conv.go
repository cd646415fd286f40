package main

import "fmt"

func F[T ~int8 | ~int16]() T {
	return T(1000)
}

func main() {
	fmt.Println(F[int8]())
}
