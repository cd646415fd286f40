package main

import "fmt"

func Sh[T ~int | ~float64](x T) T {
	return x << 1
}

func main() {
	fmt.Println(Sh(1))
}
