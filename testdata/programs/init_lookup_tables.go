package main

import (
	"fmt"
	"strings"
)

// Lookup tables built by init functions before main runs.
var crcTable [256]uint32

var popTable [256]uint8

// hexDigits is initialized before any init function runs, because package
// variables are always initialized first.
var hexDigits = strings.Split("0123456789abcdef", "")

var initLog []string

func init() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
	initLog = append(initLog, fmt.Sprintf("crc table ready (hex digits: %d)", len(hexDigits)))
}

func init() {
	for i := range popTable {
		popTable[i] = popTable[i/2] + uint8(i&1)
	}
	initLog = append(initLog, "popcount table ready")
}

func crc32(data string) uint32 {
	crc := ^uint32(0)
	for i := 0; i < len(data); i++ {
		crc = crcTable[byte(crc)^data[i]] ^ (crc >> 8)
	}
	return ^crc
}

func popcount(x uint32) int {
	return int(popTable[x&0xff] + popTable[x>>8&0xff] + popTable[x>>16&0xff] + popTable[x>>24])
}

func toHex(b byte) string { return hexDigits[b>>4] + hexDigits[b&15] }

func main() {
	fmt.Println(strings.Join(initLog, "; "))
	for _, s := range []string{"", "a", "hello", "The quick brown fox jumps over the lazy dog"} {
		c := crc32(s)
		fmt.Printf("crc32(%q) = %08x popcount=%d\n", s, c, popcount(c))
	}
	fmt.Println(toHex(0), toHex(0xab), toHex(255), crcTable[1], popTable[255])
}
