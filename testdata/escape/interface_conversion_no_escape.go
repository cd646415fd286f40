// mm
package main

type sq struct{ s int }

func area(v interface{}) int {
	if q, ok := v.(sq); ok {
		return q.s * q.s
	}
	if p, ok := v.(*sq); ok {
		return p.s
	}
	return -1
}

func main() {
	q := sq{4}
	r := sq{5}
	println(area(q), area(&r), area(nil))
}
