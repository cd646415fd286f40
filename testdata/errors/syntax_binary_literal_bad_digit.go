package main

import "fmt"

func main() {
	flags := 0b1012
	fmt.Println(flags)
}
