package main

import "fmt"

func main() {
	count := 10
	name := "gopher"
	fmt.Println(name)
}
