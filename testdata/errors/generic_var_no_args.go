package main

import "fmt"

type Num interface{ ~int }

func Double[T Num](x T) T { return x * 2 }

func main() {
	var f = Double
	fmt.Println(f)
}
