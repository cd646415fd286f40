package main

import (
	"fmt"
	"strings"
)

// window returns size words starting at start without checking the end.
func window(data []string, start, size int) []string {
	return data[start : start+size]
}

func main() {
	words := strings.Fields("the quick brown fox jumps over")
	fmt.Println(len(words), "words")
	for start := 0; start < len(words); start += 2 {
		w := window(words, start, 3)
		fmt.Println(start, strings.Join(w, " "))
	}
	fmt.Println("unreachable")
}
