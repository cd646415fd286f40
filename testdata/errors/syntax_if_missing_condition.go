package main

import "fmt"

func main() {
	ok := true
	if {
		fmt.Println(ok)
	}
}
