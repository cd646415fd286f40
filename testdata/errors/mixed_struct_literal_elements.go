package main

import "fmt"

type Pair struct {
	Key   string
	Value int
}

func main() {
	p := Pair{Key: "a", 1}
	fmt.Println(p)
}
