package main

import (
	"fmt"
	"strings"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(shift(r, k))
	}
	return b.String()
}

func vigenere(s, key string, decrypt bool) string {
	out := []rune(s)
	j := 0
	for i, r := range out {
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') {
			k := int(key[j%len(key)] - 'a')
			if decrypt {
				k = -k
			}
			out[i] = shift(r, k)
			j++
		}
	}
	return string(out)
}

func rot13(s string) string { return caesar(s, 13) }

func main() {
	msg := "Attack at Dawn! Meet at the old mill, 5 o'clock."
	for _, k := range []int{1, 3, 13, 25} {
		enc := caesar(msg, k)
		fmt.Printf("k=%2d %s\n", k, enc)
		if caesar(enc, -k) != msg {
			fmt.Println("round trip failed")
		}
	}
	fmt.Println(rot13(rot13("Hello, Gopher")))
	v := vigenere(msg, "lemon", false)
	fmt.Println("vigenere:", v)
	fmt.Println("decrypted:", vigenere(v, "lemon", true))
	// Frequency analysis to crack a Caesar shift.
	secret := caesar("meet me near the tree at seven when the evening bells are rung", 7)
	counts := [26]int{}
	for _, r := range secret {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	best := 0
	for i, c := range counts {
		if c > counts[best] {
			best = i
		}
	}
	guess := (best - ('e' - 'a') + 26) % 26
	fmt.Println("most common:", string(rune('a'+best)), "guessed shift:", guess)
	fmt.Println(caesar(secret, -guess))
}
