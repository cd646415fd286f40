package main

import (
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     int
	Weight int
}

func dijkstra(adj [][]Edge, src int) ([]int, []int) {
	n := len(adj)
	dist := make([]int, n)
	prev := make([]int, n)
	done := make([]bool, n)
	for i := range dist {
		dist[i] = math.MaxInt64
		prev[i] = -1
	}
	dist[src] = 0
	for {
		u := -1
		for i := 0; i < n; i++ {
			if !done[i] && dist[i] != math.MaxInt64 && (u == -1 || dist[i] < dist[u]) {
				u = i
			}
		}
		if u == -1 {
			break
		}
		done[u] = true
		for _, e := range adj[u] {
			if nd := dist[u] + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = u
			}
		}
	}
	return dist, prev
}

func path(prev []int, names []string, to int) string {
	var p []string
	for v := to; v != -1; v = prev[v] {
		p = append([]string{names[v]}, p...)
	}
	return strings.Join(p, "->")
}

func main() {
	names := []string{"A", "B", "C", "D", "E", "F", "G"}
	adj := make([][]Edge, len(names))
	add := func(a, b, w int) {
		adj[a] = append(adj[a], Edge{b, w})
		adj[b] = append(adj[b], Edge{a, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	add(4, 5, 9)
	dist, prev := dijkstra(adj, 0)
	for i, d := range dist {
		if d == math.MaxInt64 {
			fmt.Printf("%s: unreachable\n", names[i])
			continue
		}
		fmt.Printf("%s: %2d via %s\n", names[i], d, path(prev, names, i))
	}
}
