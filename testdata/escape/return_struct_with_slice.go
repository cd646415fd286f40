// mm
package main

type result struct {
	vals []int
	n    int
}

func collect(n int) result {
	vals := make([]int, 0, 4)
	for i := 0; i < n; i++ {
		vals = append(vals, i)
	}
	return result{vals: vals, n: n}
}

func main() {
	r := collect(3)
	println(r.n, len(r.vals), r.vals[2])
}
