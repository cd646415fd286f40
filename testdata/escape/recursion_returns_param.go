// mm
package main

type list struct {
	next *list
	v    int
}

func last(l *list) *list {
	if l.next == nil {
		return l
	}
	return last(l.next)
}

func main() {
	c := list{v: 3}
	b := list{next: &c, v: 2}
	a := list{next: &b, v: 1}
	println(last(&a).v)
}
