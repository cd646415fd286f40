package main

import "fmt"

type IPv4 [4]byte

func (ip IPv4) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

// parse converts a raw byte slice to a fixed-size address; the conversion
// panics when the slice is shorter than the array.
func parse(raw []byte) IPv4 {
	return IPv4(raw)
}

func main() {
	packets := [][]byte{
		{192, 168, 0, 1},
		{10, 0, 0, 7, 99, 99}, // longer is fine: extra bytes are ignored
		{127, 0},
	}
	for _, p := range packets {
		fmt.Println("address:", parse(p))
	}
}
