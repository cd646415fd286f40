package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) ShortestPath(from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for n := to; n != ""; n = prev[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		nbrs := append([]string(nil), g[cur]...)
		sort.Strings(nbrs)
		for _, n := range nbrs {
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil
}

func (g Graph) Components() [][]string {
	seen := map[string]bool{}
	var nodes []string
	for n := range g {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	var comps [][]string
	for _, n := range nodes {
		if seen[n] {
			continue
		}
		var comp []string
		stack := []string{n}
		seen[n] = true
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, c)
			for _, m := range g[c] {
				if !seen[m] {
					seen[m] = true
					stack = append(stack, m)
				}
			}
		}
		sort.Strings(comp)
		comps = append(comps, comp)
	}
	return comps
}

func main() {
	g := Graph{}
	for _, e := range strings.Fields("A-B B-C C-D A-E E-F F-D D-G X-Y Y-Z") {
		p := strings.Split(e, "-")
		g.AddEdge(p[0], p[1])
	}
	for _, q := range [][2]string{{"A", "G"}, {"B", "F"}, {"G", "A"}, {"A", "Z"}, {"X", "Z"}} {
		p := g.ShortestPath(q[0], q[1])
		if p == nil {
			fmt.Printf("%s -> %s: unreachable\n", q[0], q[1])
			continue
		}
		fmt.Printf("%s -> %s: %s (%d hops)\n", q[0], q[1], strings.Join(p, " "), len(p)-1)
	}
	fmt.Println("components:", g.Components())
}
