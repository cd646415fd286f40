package main

import "fmt"

func main() {
	total := 1 + 2
		+ 3
	fmt.Println(total)
}
