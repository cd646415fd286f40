// mm
package main

func identity[T any](v T) T { return v }

func ptrTo[T any](v T) *T { return &v }

func main() {
	x := 4
	p := identity(&x)
	q := ptrTo(9)
	println(*p, *q)
}
