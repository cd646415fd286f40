package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	left, right *Tree
	v           int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{v: v}
	}
	if v < t.v {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func (t *Tree) All(yield func(int) bool) {
	t.walk(yield)
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.left.walk(yield) && yield(t.v) && t.right.walk(yield)
}

func (t *Tree) Rec(yield func(int) bool) {
	if t == nil {
		return
	}
	for v := range t.left.Rec {
		if !yield(v) {
			return
		}
	}
	if !yield(t.v) {
		return
	}
	for v := range t.right.Rec {
		if !yield(v) {
			return
		}
	}
}

func lines(s string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, l := range strings.Split(s, "\n") {
			if !yield(i+1, l) {
				return
			}
		}
	}
}

func main() {
	var t *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7, 2, 6} {
		t = insert(t, v)
	}
	for v := range t.All {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range t.Rec {
		if v > 6 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var sb strings.Builder
	for n, l := range lines("a\nbb\nccc") {
		fmt.Fprintf(&sb, "%d:%s;", n, l)
	}
	fmt.Println(sb.String())
	// many iterations with allocation (GC)
	total := 0
	big := func(yield func([]byte) bool) {
		for i := 0; i < 20000; i++ {
			if !yield(make([]byte, 100+i%50)) {
				return
			}
		}
	}
	var keep [][]byte
	for b := range big {
		total += len(b)
		if len(b) == 149 {
			keep = append(keep, b)
		}
	}
	fmt.Println(total, len(keep))
}
