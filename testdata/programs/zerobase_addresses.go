// Zero-size values share one address (Go's runtime.zerobase): heap
// allocations of zero bytes and zero-size package variables. Also fmt's %p
// on slices (the array's address) and on non-pointer kinds (a bad verb).
package main

import "fmt"

type empty struct{}

type pair struct {
	a struct{}
	b [0]string
}

var globalEmpty empty
var globalArr [0]float64
var keep []any

//go:noinline
func heapEmpty() *empty {
	p := new(empty)
	keep = append(keep, p)
	return p
}

//go:noinline
func heapPair() *pair {
	return &pair{}
}

func main() {
	a, b := heapEmpty(), heapEmpty()
	fmt.Println("two heap allocations equal:", a == b)
	fmt.Println("heap equals zero-size global:", a == &globalEmpty)
	fmt.Println("other zero-size type, same address:",
		fmt.Sprintf("%p", heapPair()) == fmt.Sprintf("%p", a))
	fmt.Println("[0]float64 global too:",
		fmt.Sprintf("%p", &globalArr) == fmt.Sprintf("%p", a))

	s := make([]empty, 10)
	keep = append(keep, s)
	fmt.Println("backing of make([]empty, 10):", fmt.Sprintf("%p", s) == fmt.Sprintf("%p", a), len(s))
	z := make([]int, 0)
	keep = append(keep, z)
	fmt.Println("backing of make([]int, 0):", fmt.Sprintf("%p", z) == fmt.Sprintf("%p", a))

	seen := map[*empty]int{}
	for i := 0; i < 4; i++ {
		seen[heapEmpty()]++
	}
	seen[&globalEmpty]++
	fmt.Println("distinct keys:", len(seen), "count:", seen[a])

	// %p reads the pointer a reference kind holds.
	n := []int{7, 8, 9}
	fmt.Println("%p of slice is &s[0]:", fmt.Sprintf("%p", n) == fmt.Sprintf("%p", &n[0]))
	var nilSlice []byte
	fmt.Printf("%p %p\n", nilSlice, (*int)(nil))
	fmt.Printf("%p|%p|%p\n", 42, "text", 1.5)
}
