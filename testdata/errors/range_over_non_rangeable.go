package main

import "fmt"

type Bag struct {
	items []string
}

func main() {
	b := Bag{items: []string{"a", "b"}}
	for _, it := range b {
		fmt.Println(it)
	}
}
