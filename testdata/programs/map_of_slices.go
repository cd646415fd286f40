package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := strings.Fields("tea eat ate tan nat bat tab cat act tac god dog odg")
	groups := map[string][]string{}
	for _, w := range words {
		b := []byte(w)
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		key := string(b)
		groups[key] = append(groups[key], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %v (%d)\n", k, groups[k], len(groups[k]))
	}

	// Adjacency lists.
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}}
	adj := map[string][]string{}
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	fmt.Println(adj)
	fmt.Println("degree of d:", len(adj["d"]), "degree of z:", len(adj["z"]))

	// Modifying a slice obtained from a map needs write-back when appending.
	m := map[string][]int{"x": make([]int, 1, 1)}
	s := m["x"]
	s[0] = 42        // visible: shares backing array
	s = append(s, 7) // not visible: new array, map still holds old header
	fmt.Println(m["x"], s)
	m["x"] = s
	fmt.Println(m["x"])
	// Index by int into slices of maps.
	rows := []map[string]int{{"a": 1}, {"b": 2}}
	rows[1]["c"] = 3
	fmt.Println(rows)
}
