// mm
package main

import "strings"

func repeat(s string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(s)
	}
	return b.String()
}

func main() {
	println(repeat("ab", 3))
}
