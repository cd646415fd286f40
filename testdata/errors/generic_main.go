package main

import "fmt"

func main[T any]() {
	fmt.Println(1)
}
