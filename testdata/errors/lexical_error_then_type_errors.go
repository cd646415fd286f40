package main

import "fmt"

func main() {
	fmt.Println("start")
	text := `line one
line two
