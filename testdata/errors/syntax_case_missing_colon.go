package main

import "fmt"

func main() {
	day := 3
	switch day {
	case 1
		fmt.Println("Monday")
	default:
		fmt.Println("other")
	}
}
