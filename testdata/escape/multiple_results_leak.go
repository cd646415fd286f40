// mm
package main

func split(p *[2]int) (*int, *int) {
	return &p[0], &p[1]
}

func swapResults(a, b *int) (x, y *int) {
	return b, a
}

func main() {
	arr := [2]int{3, 4}
	l, r := split(&arr)
	m, n := swapResults(l, r)
	println(*m, *n)
}
