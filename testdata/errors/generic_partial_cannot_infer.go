package main

import "fmt"

func Pair[A, B any](a A, b B) (A, B) { return a, b }

func main() {
	h := Pair[int]
	fmt.Println(h)
}
