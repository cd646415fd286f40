package main

import "fmt"

func main() {
	n := 0
	while n < 3 {
		n++
	}
	fmt.Println(n)
}
