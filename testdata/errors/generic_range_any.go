package main

import "fmt"

func Each[T any](x T) {
	for i := range x {
		fmt.Println(i)
	}
}

func main() {
	Each([]int{1})
}
