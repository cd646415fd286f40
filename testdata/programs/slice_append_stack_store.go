package main

import "fmt"

// Go 1.25+ gives a non-escaping append a 32-byte backing store in the
// function's frame, and its slice pass keeps the store of a slice built by
// appends until the slice is returned or shared (then copies it to the
// heap). The capacities a program sees follow from it. Helpers are marked
// //go:noinline: inlining them would change where the stores live. No slice
// is passed to fmt, so gomem keeps the stores in frames (escape placement).

type pair struct{ a, b int64 }

//go:noinline
func collect(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out // copied to the heap here, with the capacity its length rounds to
}

//go:noinline
func collectWatchingCap(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i) // the store grows one size class at a time
		if cap(out) > 1000 {
			fmt.Println("never")
		}
	}
	return out
}

//go:noinline
func collectPairs(n int) []pair {
	var out []pair
	for i := 0; i < n; i++ {
		out = append(out, pair{int64(i), int64(-i)})
	}
	return out
}

//go:noinline
func capsWhileGrowing(n int) []int {
	var s []int
	var caps []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		caps = append(caps, cap(s))
	}
	t := s
	_ = t
	return caps
}

//go:noinline
func firstAppendCap() int {
	var s []int
	s = append(s, 1)
	return cap(s)
}

//go:noinline
func depth(d int) int {
	var pad [32]int
	pad[d%32] = d
	if d == 0 {
		return 0
	}
	return depth(d-1) + pad[d%32] - d
}

//go:noinline
func framesOwnStores(d int) int {
	var s []pair
	s = append(s, pair{int64(d), 0})
	if d > 0 {
		v := framesOwnStores(d - 1)
		s = append(s, pair{int64(v), 0})
	}
	return int(s[0].a) + cap(s)
}

func main() {
	// The first append to an empty, non-escaping slice: K = 32 / size elements.
	var ints []int
	ints = append(ints, 1)
	var bytes []byte
	bytes = append(bytes, 'a', 'b')
	var pairs []pair
	pairs = append(pairs, pair{1, 2})
	fmt.Println("first append:", cap(ints), cap(bytes), cap(pairs))

	// Once per frame: the same slice emptied and appended again grows normally.
	ints = nil
	ints = append(ints, 2)
	fmt.Println("again:", cap(ints))
	for i := 0; i < 3; i++ {
		var e []int
		e = append(e, i)
		fmt.Print(cap(e), " ")
	}
	fmt.Println()

	// The store is shared by appends to the same slice.
	var a []int
	a = append(a, 1)
	t := append(a, 2)
	u := append(a, 3)
	fmt.Println("shared:", t[1], u[1], cap(t))

	// A store lives in its frame: the stack moves, the slice follows it.
	var g []int
	g = append(g, 7, 8)
	fmt.Println(depth(5000), g[0], g[1], cap(g))
	g = append(g, 9, 10, 11)
	fmt.Println(g[4], len(g), cap(g))

	// Returned slices (Go's move2heap) and the reuse of the store.
	for _, n := range []int{0, 1, 2, 3, 4, 5, 9} {
		fmt.Println("collect", n, cap(collect(n)), cap(collectWatchingCap(n)), cap(collectPairs(n)))
	}
	fmt.Print("caps while growing:")
	for _, c := range capsWhileGrowing(10) {
		fmt.Print(" ", c)
	}
	fmt.Println()
	fmt.Println("fresh frames:", firstAppendCap(), firstAppendCap(), framesOwnStores(100))

	// []byte(s) and []rune(s): the temporary buffer of a non-escaping conversion.
	s := "hello"
	s += ", world"
	b := []byte(s)
	b[0] = 'H'
	r := []rune(s)
	c := []byte("const")
	fmt.Println("conversions:", string(b), cap(b), cap(r), cap(c))
}
