package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println("copied", n, dst)

	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println("copied", n, big)

	// Overlapping copy shifts right (memmove semantics).
	s := []int{1, 2, 3, 4, 5, 6, 7}
	copy(s[2:], s)
	fmt.Println("shift right:", s)
	s = []int{1, 2, 3, 4, 5, 6, 7}
	copy(s, s[2:])
	fmt.Println("shift left:", s)

	// Copy from a string into bytes.
	b := make([]byte, 5)
	n = copy(b, "gopher")
	fmt.Println(n, string(b), b)

	// Insert in the middle using copy.
	xs := []string{"a", "b", "d", "e"}
	xs = append(xs, "")
	copy(xs[3:], xs[2:])
	xs[2] = "c"
	fmt.Println("insert:", xs)

	// Delete index 1 with copy.
	xs = xs[:1+copy(xs[1:], xs[2:])]
	fmt.Println("delete:", xs)

	// copy with nil and empty.
	var nilS []int
	fmt.Println(copy(nilS, src), copy(src, nilS), src)

	// Clone a 2D slice deeply.
	grid := [][]int{{1, 2}, {3, 4}}
	clone := make([][]int, len(grid))
	for i := range grid {
		clone[i] = make([]int, len(grid[i]))
		copy(clone[i], grid[i])
	}
	clone[0][0] = 99
	fmt.Println(grid, clone)
}
