package main

import "fmt"

var init = 5

func main() {
	fmt.Println("hi")
}
