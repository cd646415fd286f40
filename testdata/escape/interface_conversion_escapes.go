// mm
package main

var sink interface{}

type sq struct{ s int }

func keep(v interface{}) {
	sink = v
}

func main() {
	q := sq{4}
	keep(q)
	n := 77
	keep(n)
	println(sink.(int))
}
