package main

import "fmt"

func double(xs []int) {
	for i := range xs {
		xs[i] *= 2
	}
}

func appendOne(xs []int) []int {
	return append(xs, 1)
}

func main() {
	data := []int{1, 2, 3, 4, 5}
	window := data[1:4]
	double(window)
	fmt.Println("data after doubling window:", data)

	// Two slices appended from the same base with spare capacity.
	base := make([]int, 3, 10)
	x := append(base, 10)
	y := append(base, 20)
	fmt.Println("x:", x, "y:", y, "x[3] overwritten by y:", x[3] == 20)

	// Without spare capacity they diverge.
	full := []int{0, 0, 0}
	p := append(full, 10)
	q := append(full, 20)
	fmt.Println("p:", p, "q:", q)

	// Function append visible only through return value.
	s := make([]int, 2, 4)
	t := appendOne(s)
	fmt.Println("s:", s, "len", len(s), "t:", t, "s[:3]:", s[:3])

	// Range evaluates the slice once; appends during range are not visited.
	nums := []int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums = append(nums, 99)
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| final:", nums)

	// Modifying elements during range is visible for later indices.
	vals := []int{1, 2, 3, 4}
	for i, v := range vals {
		if i+1 < len(vals) {
			vals[i+1] += v
		}
	}
	fmt.Println("prefix sums:", vals)
	// Slices of structs: range value is a copy.
	type item struct{ n int }
	items := []item{{1}, {2}}
	for _, it := range items {
		it.n = 100
	}
	for i := range items {
		items[i].n++
	}
	fmt.Println(items)
}
