// mm
package main

import "fmt"

func main() {
	x := 42
	s := "hi"
	fmt.Println(x, s)
	y := x * 2
	fmt.Println(y)
	fmt.Println()
}
