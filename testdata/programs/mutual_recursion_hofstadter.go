package main

import (
	"fmt"
	"strings"
)

// Hofstadter Female and Male sequences: F(n) = n - M(F(n-1)), M(n) = n - F(M(n-1)).
func F(n int) int {
	if n == 0 {
		return 1
	}
	return n - M(F(n-1))
}

func M(n int) int {
	if n == 0 {
		return 0
	}
	return n - F(M(n-1))
}

// A document tree where sections contain paragraphs and paragraphs may
// contain nested sections: rendering is mutually recursive.
type Section struct {
	Title string
	Paras []Para
}

type Para struct {
	Text string
	Subs []Section
}

func renderSection(b *strings.Builder, s Section, depth int) {
	fmt.Fprintf(b, "%s %s\n", strings.Repeat("#", depth), s.Title)
	for _, p := range s.Paras {
		renderPara(b, p, depth)
	}
}

func renderPara(b *strings.Builder, p Para, depth int) {
	fmt.Fprintf(b, "%s%s\n", strings.Repeat("  ", depth-1), p.Text)
	for _, s := range p.Subs {
		renderSection(b, s, depth+1)
	}
}

func main() {
	var fs, ms []string
	for n := 0; n < 20; n++ {
		fs = append(fs, fmt.Sprint(F(n)))
		ms = append(ms, fmt.Sprint(M(n)))
	}
	fmt.Println("F:", strings.Join(fs, " "))
	fmt.Println("M:", strings.Join(ms, " "))
	doc := Section{"Runtime", []Para{
		{"Memory is managed by the collector.", []Section{
			{"Allocator", []Para{{"Size classes and spans.", nil}}},
			{"Collector", []Para{{"Tri-color marking.", []Section{
				{"Write barrier", []Para{{"Keeps the invariant.", nil}}},
			}}}},
		}},
		{"Goroutines run on growable stacks.", nil},
	}}
	var b strings.Builder
	renderSection(&b, doc, 1)
	fmt.Print(b.String())
}
