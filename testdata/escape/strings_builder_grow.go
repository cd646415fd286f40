// mm
package main

import (
	"strconv"
	"strings"
)

func csv(xs []int) string {
	var b strings.Builder
	b.Grow(len(xs) * 3)
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(x))
	}
	return b.String()
}

func main() {
	println(csv([]int{10, 20, 30}))
}
