package main

import "fmt"

func Id[T ~int8](x T) T { return x }

func main() {
	fmt.Println(Id[int8](300))
}
