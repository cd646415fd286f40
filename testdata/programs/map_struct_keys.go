package main

import (
	"fmt"
	"sort"
)

type Coord struct {
	Row, Col int
}

type Edge struct {
	From, To string
}

func main() {
	// Sparse matrix keyed by coordinates.
	sparse := map[Coord]float64{}
	for i := 0; i < 5; i++ {
		sparse[Coord{i, i}] = 1
		sparse[Coord{i, (i + 2) % 5}] += 0.5
	}
	keys := make([]Coord, 0, len(sparse))
	for k := range sparse {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Row != keys[j].Row {
			return keys[i].Row < keys[j].Row
		}
		return keys[i].Col < keys[j].Col
	})
	for _, k := range keys {
		fmt.Printf("(%d,%d)=%.1f ", k.Row, k.Col, sparse[k])
	}
	fmt.Println()
	fmt.Println(sparse[Coord{0, 0}], sparse[Coord{4, 4}], sparse[Coord{3, 0}])

	// Edge weights with struct keys.
	w := map[Edge]int{{"a", "b"}: 3, {"b", "c"}: 4, {"a", "c"}: 9}
	path := []string{"a", "b", "c"}
	cost := 0
	for i := 0; i+1 < len(path); i++ {
		cost += w[Edge{path[i], path[i+1]}]
	}
	fmt.Println("path cost:", cost, "direct:", w[Edge{"a", "c"}])

	// Interface keys: different dynamic types are different keys.
	im := map[any]string{}
	im[1] = "int 1"
	im[int64(1)] = "int64 1"
	im["1"] = "string 1"
	im[Coord{1, 1}] = "coord"
	im[[2]int{1, 1}] = "array"
	fmt.Println(len(im), im[1], im[int64(1)], im["1"], im[Coord{1, 1}], im[[2]int{1, 1}])
	// Pointer keys compare by identity.
	a, b := &Coord{1, 2}, &Coord{1, 2}
	pm := map[*Coord]int{a: 1, b: 2}
	fmt.Println(len(pm), pm[a], pm[b], *a == *b)
	fmt.Println(map[Coord]bool{{2, 1}: true, {1, 2}: false})
}
