package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println("len(s) =", len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%2d: %3d %#02x %q\n", i, s[i], s[i], s[i])
	}
	fmt.Printf("%T %T\n", s[0], s[1:3])
	fmt.Println(s[1:3], s[8:11], s[len(s)-3:])
	// Bytes of a multi-byte rune are not characters.
	fmt.Println(string(s[1]) == "é", s[1:3] == "é")
	// Strings are immutable: modify a copy.
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	// Count bytes above 0x7F.
	high := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			high++
		}
	}
	fmt.Println("non-ASCII bytes:", high)
	hex := "0123456789abcdef"
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, hex[s[i]>>4], hex[s[i]&0x0f])
	}
	fmt.Println(string(out))
	fmt.Printf("% x\n", s)
	fmt.Printf("%X\n", "Go")
}
