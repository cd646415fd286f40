// mm
package main

type empty struct{}

func main() {
	s := make([]struct{}, 5)
	e := make([]empty, 2, 4)
	t := make([]int, 0)
	var z [0]int
	println(len(s), cap(e), len(t), len(z))
}
