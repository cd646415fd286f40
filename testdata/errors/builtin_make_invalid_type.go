package main

import "fmt"

func main() {
	arr := make([4]int, 4)
	fmt.Println(arr)
}
