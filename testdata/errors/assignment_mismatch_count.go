package main

import "fmt"

func main() {
	a, b, c := 1, 2
	fmt.Println(a, b, c)
}
