package main

import "fmt"

func main() {
	p := fmt
	p.Println("x")
}
