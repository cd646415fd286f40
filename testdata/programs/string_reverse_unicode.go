package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func reverseWords(s string) string {
	w := strings.Fields(s)
	for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
		w[i], w[j] = w[j], w[i]
	}
	return strings.Join(w, " ")
}

func isPalindrome(s string) bool {
	var letters []rune
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || r > 127 {
			letters = append(letters, r)
		}
	}
	for i, j := 0, len(letters)-1; i < j; i, j = i+1, j-1 {
		if letters[i] != letters[j] {
			return false
		}
	}
	return true
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}

func main() {
	for _, s := range []string{"hello", "Hello, 世界", "🙂🙃", "", "a"} {
		fmt.Printf("%q -> %q\n", s, reverseRunes(s))
	}
	fmt.Println(reverseWords("  one two   three four "))
	for _, s := range []string{"A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "gopher", "été"} {
		fmt.Printf("%-32q palindrome=%t\n", s, isPalindrome(s))
	}
	for _, n := range []int{0, 3, 5, 20} {
		fmt.Println(n, truncate("naïve café ☕ time", n))
	}
}
