package main

import "fmt"

func show(n int) {
	fmt.Println(n)
	return n
}

func main() {
	show(1)
}
