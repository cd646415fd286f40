package main

import (
	"fmt"
	"sort"
)

// Go's sort.Sort and sort.Slice are pattern-defeating quicksort, Stable and
// SliceStable insertion sort plus SymMerge: the order of equal elements and
// the sequence of Less and Swap calls are the algorithm's, and a program
// sees both.

type rec struct{ key, id int }

type tracked struct {
	r           []rec
	less, swaps int
	trace       int
}

func (t *tracked) Len() int { return len(t.r) }
func (t *tracked) Less(i, j int) bool {
	t.less++
	t.trace = (t.trace*31 + i*1000 + j) % 1000000007
	return t.r[i].key < t.r[j].key
}
func (t *tracked) Swap(i, j int) {
	t.swaps++
	t.trace = (t.trace*37 + i*7 + j) % 1000000007
	t.r[i], t.r[j] = t.r[j], t.r[i]
}

func data(n, mod int) []rec {
	r := make([]rec, n)
	x := uint32(n*131 + mod)
	for i := range r {
		x = x*1664525 + 1013904223
		r[i] = rec{int(x>>16) % mod, i}
	}
	return r
}

func ids(r []rec) string {
	s := ""
	for i, x := range r {
		if i == 12 {
			s += " ..."
			break
		}
		s += fmt.Sprint(" ", x.id)
	}
	return s
}

type byKey []rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	for _, n := range []int{5, 13, 60, 300} {
		for _, mod := range []int{3, 1000} {
			t := &tracked{r: data(n, mod)}
			sort.Sort(t)
			fmt.Printf("Sort n=%d keys<%d: less=%d swap=%d trace=%d ids:%s\n", n, mod, t.less, t.swaps, t.trace, ids(t.r))
			s := &tracked{r: data(n, mod)}
			sort.Stable(s)
			fmt.Printf("Stable n=%d keys<%d: less=%d swap=%d trace=%d ids:%s\n", n, mod, s.less, s.swaps, s.trace, ids(s.r))
			r := data(n, mod)
			calls := 0
			sort.Slice(r, func(i, j int) bool { calls++; return r[i].key < r[j].key })
			fmt.Printf("Slice n=%d keys<%d: less=%d ids:%s sorted=%v\n", n, mod, calls, ids(r),
				sort.SliceIsSorted(r, func(i, j int) bool { return r[i].key < r[j].key }))
			r = data(n, mod)
			calls = 0
			sort.SliceStable(r, func(i, j int) bool { calls++; return r[i].key < r[j].key })
			fmt.Printf("SliceStable n=%d keys<%d: less=%d ids:%s\n", n, mod, calls, ids(r))
		}
	}
	v := byKey(data(20, 4))
	fmt.Println("IsSorted before:", sort.IsSorted(v))
	sort.Sort(v)
	fmt.Println("IsSorted after:", sort.IsSorted(v), ids(v))

	zero := 0.0
	nan := zero / zero
	fs := []float64{3, -zero, nan, 1, zero, -zero, 2, nan, zero, -1, -zero, zero, 5, 4}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))

	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice([]int{3, 1, 2}, func(i, j int) bool { panic(fmt.Sprintf("less(%d, %d)", i, j)) })
}
