package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`

func normalize(w string) string {
	w = strings.ToLower(w)
	return strings.Trim(w, ".,;:!?\"'")
}

func main() {
	counts := map[string]int{}
	total := 0
	for _, raw := range strings.Fields(text) {
		w := normalize(raw)
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	type wc struct {
		word  string
		count int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("total words:", total, "distinct:", len(counts))
	for i, e := range list {
		if i >= 10 {
			break
		}
		fmt.Printf("%-8s %2d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		if len(k) >= 7 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Println("long words:", keys)
}
