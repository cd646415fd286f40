package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	p := &nums
	for _, n := range p {
		fmt.Println(n)
	}
}
