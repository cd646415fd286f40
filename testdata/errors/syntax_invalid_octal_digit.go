package main

import "fmt"

func main() {
	month := 08
	fmt.Println(month)
}
