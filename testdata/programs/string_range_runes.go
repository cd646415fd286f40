package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世🙂z"
	fmt.Println("bytes:", len(s), "runes:", utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("byte %d: %c %U width %d\n", i, r, r, utf8.RuneLen(r))
	}
	// Invalid UTF-8 yields RuneError with width 1.
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Printf("bad %d: %q %t\n", i, r, r == utf8.RuneError)
	}
	fmt.Println("valid:", utf8.ValidString(s), utf8.ValidString(bad))
	// Range with index only and with blank.
	n := 0
	for range s {
		n++
	}
	idx := []int{}
	for i := range s {
		idx = append(idx, i)
	}
	fmt.Println(n, idx)
	// Manual decoding.
	for rest := "κόσμε"; len(rest) > 0; {
		r, size := utf8.DecodeRuneInString(rest)
		fmt.Printf("%c:%d ", r, size)
		rest = rest[size:]
	}
	fmt.Println()
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'ß', '€', '𝄞'} {
		w := utf8.EncodeRune(buf, r)
		fmt.Printf("%c -> % x\n", r, buf[:w])
	}
}
