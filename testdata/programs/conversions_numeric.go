package main

import "fmt"

func main() {
	// Truncation when narrowing.
	var big int64 = 0x1234_5678_9ABC_DEF0
	fmt.Printf("int32:%d int16:%d int8:%d uint8:%d\n", int32(big), int16(big), int8(big), uint8(big))
	fmt.Printf("uint32:%#x uint16:%#x\n", uint32(big), uint16(big))

	// Sign extension vs zero extension.
	var neg int8 = -2
	fmt.Println("int8 -2 -> int64:", int64(neg), "-> uint8:", uint8(neg), "-> uint64:", uint64(neg))
	var u8 uint8 = 0xFE
	fmt.Println("uint8 254 -> int8:", int8(u8), "-> int64:", int64(u8))

	// Float to int truncates toward zero.
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75}
	for _, f := range fs {
		fmt.Printf("int(%v) = %d\n", f, int(f))
	}

	// Int to float.
	var n int64 = 1<<53 + 1
	fmt.Println("float64(2^53+1) =", float64(n), "back:", int64(float64(n)))
	var m int32 = 16777217
	fmt.Println("float32(16777217) =", float32(m))

	// float64 <-> float32.
	d := 0.1
	s := float32(d)
	fmt.Println("float32(0.1) =", s, "float64(float32(0.1)) =", float64(s))

	// Complex conversions.
	c := complex(1.5, -2)
	c64 := complex64(c)
	fmt.Println(c, c64, real(c64), imag(c64))

	// Rune / byte / string conversions.
	r := rune(0x4e16)
	fmt.Println(string(r), string(rune(65)), []byte("hé"), []rune("hé"))
	b := byte('z')
	fmt.Println(b, string(b), rune(b)-'a')

	// uintptr round trip.
	var up uintptr = 4096
	fmt.Println(up+1, uint64(up)*2, int(up)>>3)

	// Mixed expression requires explicit conversion.
	var i int = 7
	var f float64 = 2
	fmt.Println(float64(i)/f, i/int(f))
	fmt.Printf("%T %T %T\n", int16(i), uint(f), float32(i))
}
