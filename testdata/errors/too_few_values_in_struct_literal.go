package main

import "fmt"

type Color struct {
	R, G, B uint8
}

func main() {
	c := Color{255, 128}
	fmt.Println(c)
}
