package main

import "fmt"

type Plain struct{}

func main() {
	var p Plain[int]
	fmt.Println(p)
}
