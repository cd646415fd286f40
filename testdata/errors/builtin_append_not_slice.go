package main

import "fmt"

func main() {
	m := map[string]int{}
	m = append(m, 1)
	fmt.Println(m)
}
