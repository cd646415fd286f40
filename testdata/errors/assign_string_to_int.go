package main

import "fmt"

func main() {
	var age int
	age = "thirty"
	fmt.Println(age)
}
