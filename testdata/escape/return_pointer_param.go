// mm
package main

type point struct{ x, y int }

func identity(p *point) *point {
	return p
}

func main() {
	pt := point{1, 2}
	q := identity(&pt)
	q.x = 10
	println(pt.x, pt.y)
}
