package main

import "fmt"

type Number interface {
	~int | ~int64 | float64
}

type Ordered interface{ ~int | ~string }

func main() {
	var n Number
	fmt.Println(n)
}
