package main

import "fmt"

type A struct{ b B }
type B struct{ c C }
type C struct{ a A }

func main() {
	var a A
	fmt.Println(a)
}
