// A value-receiver String method printed through a pointer (%v of &x), for
// a plain type and an instance: fmt copies the receiver from behind the pointer.
package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.v) }

type NBox struct{ v int }

func (b NBox) String() string { return fmt.Sprintf("NBox(%v)", b.v) }

func main() {
	b := Box[int]{1}
	fmt.Println(&b)
	n := NBox{2}
	fmt.Println(&n)
	var s fmt.Stringer = &b
	fmt.Println(s.String())
}
