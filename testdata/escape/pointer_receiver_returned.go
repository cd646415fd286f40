// mm
package main

type builder struct {
	parts int
}

func (b *builder) add() *builder {
	b.parts++
	return b
}

func main() {
	var b builder
	b.add().add().add()
	println(b.parts)
}
