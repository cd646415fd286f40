package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	terminal bool
	count    int // words passing through this node
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = NewTrie()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.terminal = true
}

func (t *Trie) find(prefix string) *Trie {
	n := t
	for _, r := range prefix {
		var ok bool
		if n, ok = n.children[r]; !ok {
			return nil
		}
	}
	return n
}

func (t *Trie) Complete(prefix string) []string {
	var out []string
	var walk func(n *Trie, acc []rune)
	walk = func(n *Trie, acc []rune) {
		if n.terminal {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("go gopher golang gofmt goroutine garbage gc gcc heap hello help helm über übel") {
		t.Insert(w)
	}
	for _, p := range []string{"go", "gor", "g", "hel", "x", "üb", ""} {
		c := t.Complete(p)
		n := 0
		if node := t.find(p); node != nil && p != "" {
			n = node.count
		}
		fmt.Printf("%-4q -> %d words (count %d): %v\n", p, len(c), n, c)
	}
}
