// A method value of a method with type parameters (c.As[int]): not
// compiled yet, refused with "not supported yet" at the expression.
package main

import "fmt"

type Cell struct{ v int }

func (c Cell) As[T ~int | ~float64]() T { return T(c.v) }

func main() {
	c := Cell{7}
	f := c.As[float64]
	fmt.Println(f() / 2)
}
