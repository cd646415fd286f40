package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	delete(s, 0)
	fmt.Println(s)
}
