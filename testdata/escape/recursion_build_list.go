// mm
package main

type list struct {
	next *list
	v    int
}

func build(n int) *list {
	if n == 0 {
		return nil
	}
	return &list{next: build(n - 1), v: n}
}

func main() {
	l := build(4)
	s := 0
	for ; l != nil; l = l.next {
		s += l.v
	}
	println(s)
}
