package main

import "fmt"

func square(x float64) float64 { return x * x }

func main() {
	n := 7
	fmt.Println(square(n))
}
