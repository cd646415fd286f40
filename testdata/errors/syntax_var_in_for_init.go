package main

import "fmt"

func main() {
	for var i = 0; i < 3; i++ {
		fmt.Println(i)
	}
}
