// mm
package main

import "strings"

func writeList(b *strings.Builder, items []string) {
	for i, it := range items {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(it)
	}
}

func main() {
	b := &strings.Builder{}
	writeList(b, []string{"x", "y", "z"})
	println(b.String(), b.Len())
}
