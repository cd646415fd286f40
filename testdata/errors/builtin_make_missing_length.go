package main

import "fmt"

func main() {
	buf := make([]byte)
	fmt.Println(buf)
}
