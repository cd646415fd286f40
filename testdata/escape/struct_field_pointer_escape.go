// mm
package main

type item struct{ v int }

type bag struct {
	it *item
}

var global bag

func put(b *bag, it *item) {
	b.it = it
}

func main() {
	x := item{v: 1}
	y := item{v: 2}
	var local bag
	put(&local, &x)
	put(&global, &y)
	println(local.it.v, global.it.v)
}
