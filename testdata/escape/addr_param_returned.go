// mm
package main

// Taking the address of a parameter and returning it moves the
// parameter to the heap.
func addrOf(v int) *int {
	return &v
}

func main() {
	a := addrOf(7)
	b := addrOf(8)
	*a += *b
	println(*a, *b)
}
