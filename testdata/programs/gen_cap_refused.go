// cap() of a slice of a type parameter's elements: Go may grow it into a
// frame store (cap 4 for int); gomem does not analyse generic code's
// escapes yet, so the append stops the program ("not supported yet")
// rather than print a heap capacity.
package main

import "fmt"

func Caps[T any](x T) int {
	var s []T
	s = append(s, x)
	return cap(s)
}

func main() {
	var s []int
	s = append(s, 1)
	fmt.Println(len(s), Caps(1), Caps("x"), Caps(int8(1)))
}
