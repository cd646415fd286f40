package main

import "fmt"

func main() {
	var limit int = 5
	var limit string = "five"
	fmt.Println(limit)
}
