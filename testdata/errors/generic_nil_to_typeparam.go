package main

import "fmt"

func Nil[T any]() T {
	return nil
}

func main() {
	fmt.Println(Nil[*int]())
}
