package main

import "fmt"

func main() {
	var sep rune = ''
	fmt.Println(sep)
}
