package main

import "fmt"

func main() {
	fmt.Println(msg)
	msg := "hello"
	fmt.Println(msg)
}
