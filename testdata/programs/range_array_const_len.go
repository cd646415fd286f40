// A range over an array or pointer to array with at most one iteration
// variable has a constant length, so the range expression is not
// evaluated: a nil *[N]T dereferenced there does not panic, and calls in
// it still run (once). With a value variable (even _) *p is evaluated.
package main

import "fmt"

var calls int

func arr() *[2]int { calls++; return new([2]int) }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var p *[3]int
	sum := 0
	for i := range *p {
		sum += i
	}
	for range p {
		sum += 10
	}
	for i, _ := range p {
		sum += i
	}
	for i := range *arr() {
		sum += i
	}
	fmt.Println("sum:", sum)
	fmt.Println("calls:", calls)
	for i, _ := range *p {
		sum += i
	}
	fmt.Println("unreached", sum)
}
