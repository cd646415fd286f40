package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3.14 * c.r * c.r }

func main() {
	var s Shape = Circle{1}
	fmt.Println(s.Area())
}
