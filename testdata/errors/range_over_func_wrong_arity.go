package main

import "fmt"

func pairs(yield func(int, int) bool, limit int) {
	for i := 0; i < limit; i++ {
		if !yield(i, i*i) {
			return
		}
	}
}

func main() {
	for a, b := range pairs {
		fmt.Println(a, b)
	}
}
