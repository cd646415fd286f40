package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		sum += i
	}
	fmt.Println(sum)
}
