package main

import "fmt"

func Id[T any](x T) T { return x }

func main() {
	Id(1)
	x := Id
	fmt.Println(x)
}
