// Range clauses that assign (=) to existing places: the key and value are
// stored as one tuple assignment, so index operands on the left are
// evaluated before either iteration variable is stored, every iteration.
package main

import "fmt"

type pair struct{ a, b int }

func main() {
	buf := []int{5, 6, 7}
	k := 2
	for k, buf[k] = range []int{40, 41, 42} {
	}
	fmt.Println("slice:", k, buf)

	rs := []rune{'x', 'y', 'z'}
	n := 1
	for n, rs[n] = range "pq" {
	}
	fmt.Println("string:", n, string(rs))

	vals := []int{0, 0, 0, 0}
	var r rune = 3
	for vals[r], r = range "\x01\x02" {
	}
	fmt.Println("value into key index:", r, vals)

	arr := [4]string{"-", "-", "-", "-"}
	j := 3
	for j, arr[j] = range [2]string{"A", "B"} {
	}
	fmt.Println("array:", j, arr)

	m := map[string]int{"only": 9}
	keys := map[string]string{}
	key := "start"
	for key, keys[key] = range map[string]string{"only": "v"} {
	}
	fmt.Println("map:", key, keys, m)

	ps := []pair{{1, 2}, {3, 4}}
	p := &ps[0]
	idx := 0
	for idx, p.b = range []int{70, 80} {
		p = &ps[1]
	}
	fmt.Println("through pointer:", idx, ps)
}
