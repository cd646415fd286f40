// mm
package main

var keep []*int

func dup(src []*int) {
	dst := make([]*int, len(src))
	copy(dst, src)
	keep = dst
}

func main() {
	a, b := 1, 2
	dup([]*int{&a, &b})
	local := make([]*int, 2)
	copy(local, []*int{&a, &b})
	println(*keep[0]+*keep[1], *local[1])
}
