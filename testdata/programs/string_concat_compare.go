package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	a, b := "apple", "banana"
	c := a + " & " + b
	c += "!"
	fmt.Println(c, len(c))
	fmt.Println(a < b, a > b, a == "app"+"le", "Zebra" < "apple", "abc" < "abcd", "" < "a")

	// Comparison is byte-wise, so case matters.
	words := []string{"pear", "Peach", "apple", "Apple", "banana", "apricot", "äpfel"}
	sort.Strings(words)
	fmt.Println(words)

	// Concatenation in a loop vs Builder give the same result.
	s := ""
	var sb strings.Builder
	for i := 0; i < 10; i++ {
		s += fmt.Sprint(i)
		sb.WriteString(fmt.Sprint(i))
	}
	fmt.Println(s, sb.String(), s == sb.String(), sb.Len())

	// Equal strings from different sources.
	x := strings.Repeat("ab", 3)
	y := "aba" + "bab"
	z := string([]byte{'a', 'b', 'a', 'b', 'a', 'b'})
	fmt.Println(x == y, y == z, x)
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.ToUpper("mixed Case") == "MIXED CASE")
	// Min/max over strings.
	fmt.Println(min("kiwi", "fig", "lime"), max("kiwi", "fig", "lime"))
	var parts []string
	for _, w := range []string{"x", "y", "z"} {
		parts = append(parts, w+w)
	}
	fmt.Println(strings.Join(parts, "+"))
}
