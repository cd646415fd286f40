package main

import (
	"fmt"
	"sort"
)

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	stock := map[string]int{"apple": 5, "pear": 0, "plum": 12}
	stock["kiwi"] = 7
	stock["apple"] += 3
	fmt.Println("len:", len(stock))

	for _, name := range []string{"apple", "pear", "mango"} {
		if n, ok := stock[name]; ok {
			fmt.Printf("%s: %d in stock\n", name, n)
		} else {
			fmt.Printf("%s: not carried (zero value %d)\n", name, n)
		}
	}
	delete(stock, "plum")
	delete(stock, "does-not-exist")
	fmt.Println("after delete:", len(stock))
	for _, k := range sortedKeys(stock) {
		fmt.Println(" ", k, stock[k])
	}
	// Increment on a missing key starts from zero.
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	// Maps are references.
	alias := stock
	alias["fig"] = 1
	_, ok := stock["fig"]
	fmt.Println("fig via alias visible:", ok)
	// Map of maps.
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested, len(nested["x"]), nested["q"]["r"])
	fmt.Printf("%v %d\n", map[int]bool{3: true, 1: false, 2: true}, len(map[int]int{}))
}
