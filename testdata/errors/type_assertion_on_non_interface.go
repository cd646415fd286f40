package main

import "fmt"

func main() {
	n := 42
	s, ok := n.(string)
	fmt.Println(s, ok)
}
