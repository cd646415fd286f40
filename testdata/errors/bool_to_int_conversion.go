package main

import "fmt"

func main() {
	ok := true
	n := int(ok)
	fmt.Println(n)
}
