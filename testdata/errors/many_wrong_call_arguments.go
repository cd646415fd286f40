package main

import (
	"fmt"
	"strings"
)

func two(a, b int) int { return a + b }

func main() {
	two()
	two(1)
	two(1, 2, 3)
	two("a", "b")
	strings.Repeat(1, "x")
	strings.Split("a")
	strings.ToUpper()
	strings.Contains(1, 2)
	fmt.Println(two(1, "b"))
	fmt.Println(strings.Index("a", 'b'))
	two(1.5, 2)
	two(nil, nil)
}
