package main

import (
	"fmt"
	"math"
	"strconv"
)

func toBase(n uint64, base int) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	var buf []byte
	for n > 0 {
		buf = append([]byte{digits[n%uint64(base)]}, buf...)
		n /= uint64(base)
	}
	return string(buf)
}

func main() {
	nums := []int64{0, 1, 7, 8, 255, 256, -1, -128, 1 << 31, math.MaxInt64, math.MinInt64}
	for _, n := range nums {
		fmt.Printf("%21d %#24x %o %b\n", n, n, n, n&0xFF)
	}
	for _, u := range []uint64{0, 10, 35, 36, 1295, math.MaxUint64} {
		fmt.Printf("%d: b2=%s b7=%s b16=%s b36=%s check=%s\n", u, toBase(u, 2), toBase(u, 7), toBase(u, 16), toBase(u, 36), strconv.FormatUint(u, 36))
	}
	var i8 int8 = -1
	var u8 uint8 = 255
	var i16 int16 = -300
	var u32 uint32 = math.MaxUint32
	fmt.Printf("%x %x %x %x\n", i8, u8, i16, u32)
	fmt.Printf("%d %d %v %v\n", i8, u8, uint8(i8), int8(u8))
	fmt.Printf("%08b %08b\n", uint8(i8), u8>>3)
	fmt.Printf("%c%c%c %U\n", 0x47, 0x6F, 0x21, 0x1F600)
	fmt.Printf("%5.3d|%-6.4d|%+.2d\n", 7, 42, 3)
	fmt.Printf("%#b %#o %#X %x\n", 5, 64, 3054, -3054)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.Itoa(-0), strconv.FormatInt(math.MinInt64, 2))
	var big uint64 = 1<<64 - 1
	fmt.Println(big, int64(big), uint32(big), big>>60)
	fmt.Printf("%v %d %x\n", uintptr(0xdead), uintptr(48879), uintptr(255))
}
