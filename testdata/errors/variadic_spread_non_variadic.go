package main

import "fmt"

func pair(a, b int) int { return a + b }

func main() {
	args := []int{1, 2}
	fmt.Println(pair(args...))
}
