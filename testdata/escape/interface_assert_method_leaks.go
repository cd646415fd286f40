// mm
package main

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func describe(v interface{}) int {
	if s, ok := v.(shape); ok {
		return s.area()
	}
	return -1
}

func main() {
	q := sq{4}
	println(describe(q))
}
