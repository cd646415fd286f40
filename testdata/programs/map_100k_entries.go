package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Record struct {
	ID    int
	Label string
	Tags  []string
}

func main() {
	const n = 100000
	byID := make(map[int]*Record)
	byLabel := map[string]int{}
	for i := 0; i < n; i++ {
		r := &Record{ID: i, Label: "rec" + strconv.Itoa(i*7919%n)}
		if i%10 == 0 {
			r.Tags = []string{"tenth", strconv.Itoa(i / 10)}
		}
		byID[i] = r
		byLabel[r.Label] = i
	}
	fmt.Println("entries:", len(byID), len(byLabel))
	// Lookups.
	hits := 0
	for i := 0; i < 2*n; i += 3 {
		if _, ok := byID[i]; ok {
			hits++
		}
	}
	fmt.Println("hits:", hits)
	fmt.Println("label rec0 ->", byLabel["rec0"], "rec7919 ->", byLabel["rec7919"])
	// Delete two thirds, then reinsert some.
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			delete(byID, i)
		}
	}
	fmt.Println("after delete:", len(byID))
	for i := n; i < n+5000; i++ {
		byID[i] = &Record{ID: i}
	}
	fmt.Println("after reinsert:", len(byID))
	// Deterministic summary: sort the keys.
	keys := make([]int, 0, len(byID))
	tagged := 0
	for k, r := range byID {
		keys = append(keys, k)
		if len(r.Tags) > 0 {
			tagged++
		}
	}
	sort.Ints(keys)
	fmt.Println("first keys:", keys[:5], "last keys:", keys[len(keys)-3:])
	fmt.Println("tagged:", tagged)
	sum := 0
	for _, k := range keys {
		sum += k
	}
	fmt.Println("key sum:", sum)
	// A map of string keys growing from zero with many collisions of prefix.
	words := map[string]int{}
	for i := 0; i < n; i++ {
		words[strconv.Itoa(i%5000)+"-"+strconv.Itoa(i%7)]++
	}
	fmt.Println("distinct words:", len(words), "count of 42-0:", words["42-0"])
	clear(byID)
	fmt.Println("cleared:", len(byID))
}
