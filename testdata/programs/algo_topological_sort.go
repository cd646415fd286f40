package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrCycle = errors.New("dependency cycle")

func topoSort(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for pkg, ds := range deps {
		if _, ok := indeg[pkg]; !ok {
			indeg[pkg] = 0
		}
		for _, d := range ds {
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
			indeg[pkg]++
			users[d] = append(users[d], pkg)
		}
	}
	var ready []string
	for p, n := range indeg {
		if n == 0 {
			ready = append(ready, p)
		}
	}
	var order []string
	for len(ready) > 0 {
		sort.Strings(ready) // deterministic: alphabetical among ready nodes
		p := ready[0]
		ready = ready[1:]
		order = append(order, p)
		for _, u := range users[p] {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	if len(order) != len(indeg) {
		var stuck []string
		for p, n := range indeg {
			if n > 0 {
				stuck = append(stuck, p)
			}
		}
		sort.Strings(stuck)
		return order, fmt.Errorf("%w among %s", ErrCycle, strings.Join(stuck, ", "))
	}
	return order, nil
}

func main() {
	build := map[string][]string{
		"app":      {"net", "log", "config"},
		"net":      {"io", "sync"},
		"log":      {"io", "fmt"},
		"config":   {"fmt", "strconv"},
		"fmt":      {"io", "strconv"},
		"io":       {"sync"},
		"strconv":  {},
		"sync":     {},
		"testutil": {"fmt"},
	}
	order, err := topoSort(build)
	fmt.Println(strings.Join(order, " "), err)
	build["sync"] = []string{"app"}
	order, err = topoSort(build)
	fmt.Println(order, err, errors.Is(err, ErrCycle))
}
