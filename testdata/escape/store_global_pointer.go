// mm
package main

var global *int

func keep(v int) {
	x := v * 2
	global = &x
}

func main() {
	keep(21)
	println(*global)
}
