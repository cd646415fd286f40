package main

import "fmt"

func main() {
	count := 3
	label := "items: "
	fmt.Println(label + count)
}
