package main

import "fmt"

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U':
		return true
	}
	return false
}

func main() {
	var b byte = 'A'
	var u uint8 = b // byte is an alias of uint8
	var r rune = 'λ'
	var i32 int32 = r // rune is an alias of int32
	fmt.Printf("%T %T %T %T\n", b, u, r, i32)
	fmt.Println(b, u, r, i32)
	fmt.Printf("%c %c %U %q\n", b, r, r, r)

	word := "Gophers rule"
	vowels := 0
	for _, c := range word {
		if isVowel(c) {
			vowels++
		}
	}
	fmt.Println("vowels:", vowels)

	// Upper-casing ASCII by byte arithmetic.
	buf := []byte("hello, gopher 42")
	for i, c := range buf {
		if c >= 'a' && c <= 'z' {
			buf[i] = c - 'a' + 'A'
		}
	}
	fmt.Println(string(buf))

	// Digits to value.
	total := 0
	for _, c := range "9081726354" {
		total += int(c - '0')
	}
	fmt.Println("digit sum:", total)

	runes := []rune{'G', 'o', ' ', '世', '界'}
	fmt.Println(runes, string(runes), len(string(runes)))
	bs := []byte{0x47, 0x6f}
	fmt.Println(bs, string(bs))
	fmt.Println('a' < 'b', 'Z'-'A', '\n', '\x7f', '\u00e9')
}
