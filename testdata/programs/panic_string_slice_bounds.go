package main

import (
	"fmt"
	"strings"
)

// code takes the first three letters of each name as a short code.
func code(s string) string {
	return strings.ToUpper(s[:3])
}

func main() {
	names := []string{"alexander", "catherine", "bo", "dmitri"}
	codes := make([]string, 0, len(names))
	for _, n := range names {
		c := code(n)
		codes = append(codes, c)
		fmt.Printf("%-10s -> %s\n", n, c)
	}
	fmt.Println(strings.Join(codes, ","))
}
