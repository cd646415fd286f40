package main

import "fmt"

func main() {
	total := 100
	fmt.Println(total / 0)
}
