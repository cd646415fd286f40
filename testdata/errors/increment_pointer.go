package main

import "fmt"

func main() {
	arr := []int{1, 2, 3}
	p := &arr[0]
	p++
	fmt.Println(*p)
}
