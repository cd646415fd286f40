package main

import "fmt"

func main() {
	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1 =", u8)
	u8--
	fmt.Println("uint8 0-1 =", u8)

	var u16 uint16 = 0
	u16 -= 3
	fmt.Println("uint16 0-3 =", u16)

	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println("uint32 2^31*2 =", u32)

	var u64 uint64 = 0
	u64--
	fmt.Println("uint64 0-1 =", u64)

	// Unsigned negation and complement.
	var a uint32 = 5
	fmt.Println("-a =", -a, "^a =", ^a)

	// Linear congruential generator relies on wrap-around.
	var seed uint32 = 12345
	for i := 0; i < 5; i++ {
		seed = seed*1103515245 + 12345
		fmt.Printf("lcg[%d] = %d\n", i, (seed>>16)&0x7fff)
	}

	// Counting down with unsigned requires care.
	count := 0
	for i := uint(3); i < 10; i-- {
		count++
		fmt.Print(i, " ")
	}
	fmt.Println("iterations:", count)

	// Byte arithmetic for a simple checksum.
	var sum byte
	for _, b := range []byte("The quick brown fox") {
		sum += b
	}
	fmt.Println("byte checksum:", sum)

	var x uint8 = 200
	var y uint8 = 100
	fmt.Println("200+100 =", x+y, "100-200 =", y-x, "200*2 =", x*2)
	one, hi := uint8(1), uint8(0xF0)
	for _, s := range []uint{1, 2, 7, 8, 9, 64} {
		fmt.Printf("shift %d: 1<<s=%d 0xF0<<s=%d 0xF0>>s=%d\n", s, one<<s, hi<<s, hi>>s)
	}
}
