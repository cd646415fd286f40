package main

import "fmt"

func Len[T any](x T) int {
	return len(x)
}

func main() {
	fmt.Println(Len("abc"))
}
