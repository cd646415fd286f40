package main

import "fmt"

func main() {
	n := 0
	if n == nil {
		fmt.Println("nil")
	}
}
