package main

import "fmt"

func main() {
	n := 0
	if !n {
		fmt.Println("zero")
	}
}
