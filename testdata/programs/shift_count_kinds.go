// Shift counts of every kind: untyped float and complex constants that
// are integers, a constant as large as MaxUint, typed counts of all
// widths and signedness, counts at and past the operand's width, and a
// negative signed count (a run-time panic).
package main

import (
	"fmt"
	"math"
)

func shiftBy(v int64, s int8) (r int64, err any) {
	defer func() { err = recover() }()
	return v >> s, nil
}

func main() {
	one := 1
	fmt.Println(one<<2., one<<(3+0i), one<<0i, one<<(1.<<one))
	const big = math.MaxUint
	fmt.Println(one<<(big+0), one<<(big+0.), one>>(big+0.+0i))
	y := uint8(200)
	y <<= 1.
	fmt.Println(y)
	var u8 uint8 = 0x81
	var i8 int8 = -128
	var i32 int32 = -5
	var u64 uint64 = 1 << 63
	for _, n := range []uint{0, 1, 7, 8, 31, 32, 63, 64, 65, 200} {
		fmt.Println(n, u8<<n, u8>>n, i8>>n, i8<<n, i32>>n, i32<<n, u64>>n, u64<<n)
	}
	var s16 int16 = 3
	fmt.Println(u8<<s16, i32>>s16, u64>>uint16(s16))
	r, err := shiftBy(-64, 2)
	fmt.Println(r, err)
	r, err = shiftBy(-64, -1)
	fmt.Println(r, err)
	const c = 1 << 70 >> 68
	fmt.Println(c, 1.0<<3, int8(1)<<6)
}
