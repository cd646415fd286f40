package main

import "fmt"

func Fill[T any](xs []T, v T) {
	for i := range xs {
		xs[i] = v
	}
}

func main() {
	xs := []int{1, 2}
	Fill(xs, "a")
	fmt.Println(xs)
}
