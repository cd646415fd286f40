package main

import "fmt"

func Describe[T any](v T) string {
	return v.String()
}

func main() {
	fmt.Println(Describe(3))
}
