package main

import "fmt"

func main() {
	msg := "hello, world
	fmt.Println(msg)
}
