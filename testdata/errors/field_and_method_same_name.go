package main

import "fmt"

type Person struct {
	Name string
}

func (p Person) Name() string { return p.Name }

func main() {
	fmt.Println(Person{"x"}.Name)
}
