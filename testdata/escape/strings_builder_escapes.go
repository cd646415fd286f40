// mm
package main

import "strings"

var shared *strings.Builder

func newBuilder(prefix string) *strings.Builder {
	b := &strings.Builder{}
	b.WriteString(prefix)
	return b
}

func main() {
	b := newBuilder("log:")
	b.WriteString(" one")
	var g strings.Builder
	shared = &g
	shared.WriteString("global")
	println(b.String(), shared.String())
}
