package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	extra := []int{2, 3}
	fmt.Println(sum(1, extra...))
}
