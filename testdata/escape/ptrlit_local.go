// mm
package main

type pair struct{ a, b int }

func total(p *pair) int { return p.a + p.b }

func main() {
	p := &pair{a: 2, b: 5}
	println(total(p))
}
