package main

import "fmt"

func main() {
	big := 1 << 70
	fmt.Println(big)
}
