package main

import "fmt"

func main() {
	var total int =
	fmt.Println(total)
}
