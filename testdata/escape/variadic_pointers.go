// mm
package main

var last *int

func pickLast(ps ...*int) {
	if len(ps) > 0 {
		last = ps[len(ps)-1]
	}
}

func sum(ps ...*int) int {
	t := 0
	for _, p := range ps {
		t += *p
	}
	return t
}

func main() {
	a, b, c := 1, 2, 3
	println(sum(&a, &b))
	pickLast(&c)
	println(*last)
}
