package main

import "fmt"

func main() {
	var buf [-1]byte
	fmt.Println(buf)
}
