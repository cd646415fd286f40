// mm
package main

func makeCounter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func makeAdder(k int) func(int) int {
	return func(v int) int { return v + k }
}

func main() {
	next := makeCounter()
	next()
	add := makeAdder(100)
	println(next(), add(5))
}
