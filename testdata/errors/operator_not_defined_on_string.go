package main

import "fmt"

func main() {
	line := "-"
	fmt.Println(line * 10)
}
