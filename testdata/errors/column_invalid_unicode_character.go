package main

import "fmt"

func main() {
	x := 10 − 3
	fmt.Println(x)
}
