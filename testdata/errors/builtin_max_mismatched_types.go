package main

import "fmt"

func main() {
	a := 3
	b := 4.5
	fmt.Println(max(a, b))
}
