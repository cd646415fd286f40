package main

import "fmt"

type T struct{ n int }

type PT *T

func (p PT) Get() int { return p.n }

func main() {
	fmt.Println(T{})
}
