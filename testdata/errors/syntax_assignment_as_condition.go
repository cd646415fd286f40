package main

import "fmt"

func main() {
	x := 4
	if x = 5 {
		fmt.Println("five")
	}
}
