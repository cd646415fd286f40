package main

import (
	"fmt"
	"math"
)

func main() {
	var sum32 float32
	var sum64 float64
	for i := 0; i < 1000000; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println("float32 sum:", sum32)
	fmt.Println("float64 sum:", sum64)

	// Largest consecutive integer in float32.
	var f float32 = 16777216
	fmt.Println(f, f+1, f+1 == f, f+2)

	// Kahan summation improves float32 accuracy.
	var s, c float32
	for i := 0; i < 1000000; i++ {
		y := float32(0.1) - c
		t := s + y
		c = (t - s) - y
		s = t
	}
	fmt.Println("kahan float32:", s)

	// Epsilon discovery.
	eps32 := float32(1)
	for float32(1)+eps32/2 > 1 {
		eps32 /= 2
	}
	eps64 := 1.0
	for 1+eps64/2 > 1 {
		eps64 /= 2
	}
	fmt.Println("eps32:", eps32, "eps64:", eps64)
	fmt.Println("MaxFloat32:", float32(math.MaxFloat32), "SmallestNonzero32:", float32(math.SmallestNonzeroFloat32))
	var big32 float32 = math.MaxFloat32
	big32 *= 2
	fmt.Println("MaxFloat32*2:", big32)
	fmt.Printf("%.10f %.10f\n", float32(1)/3, 1.0/3)
	fmt.Println(float32(math.Pi), math.Pi)
	fmt.Println(math.Sqrt(2), float32(math.Sqrt(2)))
}
