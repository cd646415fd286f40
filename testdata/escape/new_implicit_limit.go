// mm
package main

type page [65536]byte
type bigPage [65537]byte

func main() {
	p := new(page)
	q := new(bigPage)
	p[10] = 1
	q[10] = 2
	println(p[10] + q[10])
}
