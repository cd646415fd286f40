// Zero-size package variables share one address with every zero-size
// allocation (runtime.zerobase); reading and writing them is harmless.
package main

import "fmt"

type empty struct{}

var a, b [0]int
var e empty
var p, q = new([0]int), new(empty)

func main() {
	fmt.Println(&a == p, &b == p, (*[0]int)(nil) == p)
	fmt.Println(&e == q, any(&e) == any(q))
	e = empty{}
	a = [0]int{}
	fmt.Println(e, a, len(a), b == a)
	ptrs := []*[0]int{&a, &b, p}
	same := true
	for _, x := range ptrs {
		same = same && x == ptrs[0]
	}
	fmt.Println(same)
}
