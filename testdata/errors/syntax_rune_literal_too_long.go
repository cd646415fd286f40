package main

import "fmt"

func main() {
	c := 'ab'
	fmt.Println(c)
}
