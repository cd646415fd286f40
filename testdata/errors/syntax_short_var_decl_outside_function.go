package main

import "fmt"

limit := 10

func main() {
	fmt.Println(limit)
}
