package main

import "fmt"

type item struct {
	name  string
	price float64
}

func main() {
	it := item{"pen", 1.5}
	fmt.Printf("%s costs %.2f\n", it.name, it.price)
	fmt.Printf("%+v\n", it)
	fmt.Printf("%v %d\n", []int{1, 2}, len(it.name))
}
