// A generic method assigning into a nil map: Go's runtime error from
// inside an instance of a generic type, and the traceback names it.
package main

import "fmt"

type Registry[K comparable, V any] struct{ m map[K]V }

func (r *Registry[K, V]) Register(k K, v V) { r.m[k] = v }

func main() {
	r := &Registry[string, int]{m: map[string]int{}}
	r.Register("ok", 1)
	fmt.Println(r.m)
	var bad Registry[int, bool]
	bad.Register(1, true)
	fmt.Println("unreachable")
}
