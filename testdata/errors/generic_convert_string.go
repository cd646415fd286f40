package main

import "fmt"

func ToInt[T ~string | ~int](x T) int {
	return int(x)
}

func main() {
	fmt.Println(ToInt(1))
}
