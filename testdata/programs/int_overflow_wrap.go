package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)

	var i16 int16 = math.MaxInt16
	i16 += 10
	fmt.Println("int16 max+10 =", i16)

	var i32 int32 = math.MaxInt32
	i32 *= 2
	fmt.Println("int32 max*2 =", i32)

	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64 max+1 =", i64, i64 == math.MinInt64)

	var m int64 = math.MinInt64
	fmt.Println("-MinInt64 =", -m)
	fmt.Println("MinInt64/-1 =", m/-1)
	fmt.Println("MinInt64%-1 =", m%-1)

	// Multiplicative hash with deliberate wrap-around.
	var h uint32 = 2166136261
	for _, c := range []byte("hello, world") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32a:", h)

	var h64 uint64 = 14695981039346656037
	for _, c := range []byte("hello, world") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	fmt.Println("fnv64a:", h64)

	// Factorials overflowing int32 vs int64.
	var f32 int32 = 1
	var f64 int64 = 1
	for n := int32(1); n <= 20; n++ {
		f32 *= n
		f64 *= int64(n)
		if n >= 12 {
			fmt.Printf("%2d! int32=%d int64=%d\n", n, f32, f64)
		}
	}
	var x int8 = 100
	var y int8 = 100
	fmt.Println("int8 100+100 =", x+y, "100*3 =", x*3)
}
