// mm
package main

type pair struct{ a, b int }

func mk(a, b int) *pair {
	return &pair{a, b}
}

func main() {
	p := mk(6, 7)
	println(p.a * p.b)
}
