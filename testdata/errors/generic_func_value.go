package main

import "fmt"

func Id[T any](x T) T { return x }

func main() {
	f := Id
	fmt.Println(f(1))
}
