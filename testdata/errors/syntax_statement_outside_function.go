package main

import "fmt"

var counter int

counter = 5

func main() {
	fmt.Println(counter)
}
