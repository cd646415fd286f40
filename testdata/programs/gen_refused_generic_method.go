// A method with type parameters of its own (new in Go 1.27): GoTypes
// checks it; the compiler refuses it ("not supported yet"), never guesses.
package main

import "fmt"

type Cell struct{ v int }

func (c Cell) As[T ~int | ~float64]() T { return T(c.v) }

func main() {
	c := Cell{3}
	fmt.Println(c.As[float64]() / 2)
}
