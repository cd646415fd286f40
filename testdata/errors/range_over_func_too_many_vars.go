package main

import "fmt"

func letters(yield func(rune) bool) {
	for _, r := range "abc" {
		if !yield(r) {
			return
		}
	}
}

func main() {
	for i, r := range letters {
		fmt.Println(i, r)
	}
}
