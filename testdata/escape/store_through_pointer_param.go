// mm
package main

type box struct{ p *int }

func fill(b *box, v *int) {
	b.p = v
}

func main() {
	var b box
	x := 5
	fill(&b, &x)
	println(*b.p)
}
