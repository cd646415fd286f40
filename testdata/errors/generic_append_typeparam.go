package main

import "fmt"

func Push[S ~[]E, E any](s S, v E) S {
	return append(s, "x")
}

func main() {
	fmt.Println(Push([]int{}, 1))
}
