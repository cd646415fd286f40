package main

import (
	"fmt"
	"strings"
)

func main() {
	n := 3
	fmt.Println(strings.Repeat("ab", "3"), n)
}
