// mm
package main

import "sort"

func sortByKey(xs []string, key map[string]int) {
	sort.SliceStable(xs, func(i, j int) bool {
		return key[xs[i]] < key[xs[j]]
	})
}

func main() {
	xs := []string{"c", "a", "b", "d"}
	key := map[string]int{"a": 1, "b": 1, "c": 0, "d": 2}
	sortByKey(xs, key)
	println(xs[0], xs[1], xs[2], xs[3])
}
