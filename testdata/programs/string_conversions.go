package main

import "fmt"

func main() {
	s := "Gö 世界!"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(s), len(bs), len(rs))
	fmt.Println(bs)
	fmt.Println(rs)
	fmt.Println(string(bs) == s, string(rs) == s)

	// Mutating the byte slice does not affect the string.
	bs[0] = 'g'
	fmt.Println(s, string(bs))

	// Reverse by runes keeps characters intact.
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))

	// Reverse by bytes breaks multi-byte characters.
	rb := []byte(s)
	for i, j := 0, len(rb)-1; i < j; i, j = i+1, j-1 {
		rb[i], rb[j] = rb[j], rb[i]
	}
	fmt.Printf("%q\n", string(rb))

	// Single rune and byte to string.
	fmt.Println(string(rune('x')), string([]byte{0xe4, 0xb8, 0x96}), string([]rune{0x4e16, 0x754c}))
	var empty []byte
	fmt.Printf("%q %q\n", string(empty), string([]rune(nil)))
	// Building strings from numbers.
	digits := []byte{}
	for n := 9045; n > 0; n /= 10 {
		digits = append([]byte{byte('0' + n%10)}, digits...)
	}
	fmt.Println(string(digits))
	// []byte of a constant and appending.
	out := append([]byte("key="), "value"...)
	out = append(out, '\n')
	fmt.Print(string(out))
}
