// mm
package main

func sum(p *int, q *int) int {
	return *p + *q
}

func main() {
	x := 3
	y := 4
	px := &x
	py := &y
	*px += 10
	println(sum(px, py))
}
