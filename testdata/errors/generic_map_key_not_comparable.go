package main

import "fmt"

type Set[K any] map[K]struct{}

func main() {
	s := Set[string]{}
	fmt.Println(len(s))
}
