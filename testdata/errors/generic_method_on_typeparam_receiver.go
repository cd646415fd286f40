package main

import "fmt"

type Num interface{ ~int }

func (n Num) Double() int { return 0 }

func main() {
	fmt.Println()
}
