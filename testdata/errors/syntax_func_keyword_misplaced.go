package main

import "fmt"

func main() {
	func greet() {
		fmt.Println("hi")
	}
	greet()
}
