package main

import "fmt"

func stubborn(yield func(int) bool) {
	for i := 0; i < 5; i++ {
		ok := yield(i)
		fmt.Println("yield returned", ok)
	}
}

func main() {
	for v := range stubborn {
		fmt.Println("got", v)
		if v == 1 {
			break
		}
	}
	fmt.Println("unreachable")
}
