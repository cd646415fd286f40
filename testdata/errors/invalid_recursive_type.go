package main

import "fmt"

type Node struct {
	Value int
	Next  Node
}

func main() {
	var n Node
	fmt.Println(n.Value)
}
