// mm
package main

type res struct{ closed bool }

func (r *res) close() { r.closed = true }

func use() bool {
	r := res{}
	defer r.close()
	return r.closed
}

func main() {
	println(use())
}
