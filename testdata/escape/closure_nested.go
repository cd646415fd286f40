// mm
package main

func outer() func() func() int {
	x := 1
	return func() func() int {
		x++
		return func() int {
			x *= 10
			return x
		}
	}
}

func main() {
	f := outer()
	g := f()
	println(g())
}
