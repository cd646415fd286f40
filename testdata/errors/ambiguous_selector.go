package main

import "fmt"

type Person struct{ Name string }
type Company struct{ Name string }

type Employee struct {
	Person
	Company
}

func main() {
	e := Employee{}
	fmt.Println(e.Name)
}
