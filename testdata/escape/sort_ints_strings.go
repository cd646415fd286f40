// mm
package main

import "sort"

func main() {
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	ss := []string{"pear", "apple"}
	sort.Strings(ss)
	i := sort.SearchInts(xs, 5)
	println(xs[0], xs[3], ss[0], i)
}
