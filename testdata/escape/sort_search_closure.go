// mm
package main

import "sort"

func main() {
	xs := []int{1, 3, 5, 7, 9}
	target := 6
	i := sort.Search(len(xs), func(k int) bool {
		return xs[k] >= target
	})
	found := sort.SearchInts(xs, 7)
	println(i, found)
}
