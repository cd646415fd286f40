// mm
package main

func inc(pp **int) {
	**pp++
}

func redirect(pp **int, to *int) {
	*pp = to
}

func main() {
	a, b := 1, 2
	p := &a
	inc(&p)
	redirect(&p, &b)
	inc(&p)
	println(a, b)
}
