package main

import "fmt"

func main() {
	n := 4
	ratio := 0.5
	fmt.Println(n * ratio)
}
