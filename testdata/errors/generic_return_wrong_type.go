package main

import "fmt"

func First[T any](xs []T) T {
	return 0
}

func main() {
	fmt.Println(First([]int{1}))
}
