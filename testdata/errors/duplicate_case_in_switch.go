package main

import "fmt"

func main() {
	n := 2
	switch n {
	case 1:
		fmt.Println("one")
	case 2, 3:
		fmt.Println("two or three")
	case 3:
		fmt.Println("three")
	}
}
