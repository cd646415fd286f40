package main

import "fmt"

func main() {
	total := 0
	add := func(n int) {
		tmp := n * 2
		total += n
	}
	add(3)
	fmt.Println(total)
}
