// A generic type declared inside a function: GoTypes checks it, the compiler
// refuses it ("generic types not supported yet") rather than print main.L for
// main.L[int].
package main

import "fmt"

func main() {
	type L[T any] struct{ v T }
	var x L[int]
	fmt.Println(x)
	fmt.Printf("%T %v\n", x, x)
}
