package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func isPowerOfTwo(x uint) bool { return x != 0 && x&(x-1) == 0 }

func nextPow2(x uint32) uint32 {
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	return x + 1
}

func main() {
	a, b := uint8(0b1100_1010), uint8(0b1010_0110)
	fmt.Printf("a     = %08b\n", a)
	fmt.Printf("b     = %08b\n", b)
	fmt.Printf("a&b   = %08b\n", a&b)
	fmt.Printf("a|b   = %08b\n", a|b)
	fmt.Printf("a^b   = %08b\n", a^b)
	fmt.Printf("a&^b  = %08b\n", a&^b)
	fmt.Printf("^a    = %08b\n", ^a)
	fmt.Printf("rev a = %08b\n", reverseBits8(a))
	for _, v := range []uint64{0, 1, 255, 1 << 40, 0xFFFFFFFFFFFFFFFF, 0xDEADBEEF} {
		fmt.Printf("popcount(%#x) = %d\n", v, popcount(v))
	}
	for _, v := range []uint{0, 1, 6, 64, 96, 1024} {
		fmt.Printf("%d pow2=%t\n", v, isPowerOfTwo(v))
	}
	for _, v := range []uint32{1, 5, 17, 1000, 65537} {
		fmt.Printf("nextPow2(%d) = %d\n", v, nextPow2(v))
	}
	// Signed shifts are arithmetic.
	x := int32(-256)
	fmt.Println(x>>4, x<<2, uint32(x)>>28)
	var sh uint = 70
	fmt.Println("1<<70 at runtime in int64:", int64(1)<<sh, "-1>>70:", int64(-1)>>sh)
	// Packing RGB into a uint32.
	r, g, bl := uint32(0x12), uint32(0xAB), uint32(0xEF)
	packed := r<<16 | g<<8 | bl
	fmt.Printf("packed=%06X r=%X g=%X b=%X\n", packed, packed>>16&0xFF, packed>>8&0xFF, packed&0xFF)
}
