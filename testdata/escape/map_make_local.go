// mm
package main

func countWords(words []string) int {
	seen := make(map[string]bool)
	for _, w := range words {
		seen[w] = true
	}
	return len(seen)
}

func main() {
	println(countWords([]string{"x", "y", "x"}))
}
