package main

import "fmt"

func log(msg string) {
	fmt.Println(msg)
}

func main() {
	result := log("hello")
	fmt.Println(result)
}
