package main

import (
	"fmt"
	"sort"
	"strings"
)

func signature(w string) [26]int {
	var sig [26]int
	for _, r := range strings.ToLower(w) {
		if r >= 'a' && r <= 'z' {
			sig[r-'a']++
		}
	}
	return sig
}

func main() {
	dict := strings.Fields(`listen silent enlist inlets google banana stone tones notes onset
		Seton evil vile live veil level night thing apple`)
	bySig := map[[26]int][]string{}
	for _, w := range dict {
		s := signature(w)
		bySig[s] = append(bySig[s], w)
	}
	var groups [][]string
	for _, g := range bySig {
		if len(g) > 1 {
			sort.Strings(g)
			groups = append(groups, g)
		}
	}
	sort.Slice(groups, func(i, j int) bool {
		if len(groups[i]) != len(groups[j]) {
			return len(groups[i]) > len(groups[j])
		}
		return groups[i][0] < groups[j][0]
	})
	for _, g := range groups {
		fmt.Println(len(g), strings.Join(g, ", "))
	}
	fmt.Println("distinct signatures:", len(bySig))
	// Character histogram with a map keyed by byte.
	hist := map[byte]int{}
	for i := 0; i < len("abracadabra"); i++ {
		hist["abracadabra"[i]]++
	}
	fmt.Println(hist)
	// Set semantics with map[string]struct{}.
	set := map[string]struct{}{}
	for _, w := range dict {
		set[strings.ToLower(w)[:1]] = struct{}{}
	}
	initials := make([]string, 0, len(set))
	for k := range set {
		initials = append(initials, k)
	}
	sort.Strings(initials)
	fmt.Println(strings.Join(initials, ""), len(set))
}
