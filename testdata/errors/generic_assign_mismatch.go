package main

import "fmt"

func Conv[T, U any](x T) U {
	var u U = x
	return u
}

func main() {
	fmt.Println(Conv[int, int](1))
}
