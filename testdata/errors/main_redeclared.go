package main

import "fmt"

func main() {
	fmt.Println("first")
}

func main() {
	fmt.Println("second")
}
