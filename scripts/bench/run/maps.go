// maps.go — map-heavy: inserts, lookups, updates and deletes on
// map[int]int and map[string]int.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

func main() {
	n := 800000 * runtime.NumGoroutine()
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	hits := 0
	for i := 0; i < 2*n; i++ {
		if v, ok := m[i]; ok {
			hits += v & 1
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	words := make(map[string]int)
	for i := 0; i < n/4; i++ {
		words["k"+strconv.Itoa(i%5000)]++
	}
	fmt.Println(len(m), hits, len(words), words["k42"])
}
