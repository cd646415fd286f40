// mm
package main

var history [][]int

func record(vals ...int) {
	history = append(history, vals)
}

func main() {
	record(1, 2, 3)
	record(4)
	println(len(history), history[0][2])
}
