// mm
package main

func main() {
	p := new(int)
	*p = 12
	q := new([4]int)
	q[1] = *p
	s := new(string)
	*s = "set"
	println(*p, q[1], *s)
}
