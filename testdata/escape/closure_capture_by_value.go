// mm
package main

func apply(f func() int) int { return f() }

func main() {
	a := 3
	b := 4
	f := func() int { return a + b }
	println(apply(f))
}
