// mm
package main

func callIt(f func(*int), p *int) {
	f(p)
}

func main() {
	x := 1
	callIt(func(q *int) { *q += 1 }, &x)
	println(x)
}
