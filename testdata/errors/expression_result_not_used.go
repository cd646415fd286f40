package main

import "fmt"

func main() {
	x := 5
	x == 5
	fmt.Println(x)
}
