package main

import "fmt"

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	for v := range keep {
		fmt.Println("body", v)
	}
	fmt.Println("loop over")
	saved(2)
}
