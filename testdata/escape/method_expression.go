// mm
package main

type num struct{ v int }

func (n *num) add(k int) { n.v += k }

func main() {
	x := num{1}
	f := (*num).add
	f(&x, 5)
	println(x.v)
}
