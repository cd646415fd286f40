package main

import "fmt"

func main() {
	a, b := 1, true
	if a && b {
		fmt.Println("both")
	}
}
