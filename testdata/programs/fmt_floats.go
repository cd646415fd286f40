package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0, 1.5e300, 5e-324, math.MaxFloat64, math.Pi}
	for _, v := range vals {
		fmt.Printf("%-24v|%-14g|%-26e|%.3f\n", v, v, v, v)
	}
	fmt.Println("Println of 1e21:", 1e21, "1e20:", 1e20, "float32(1e21):", float32(1e21))
	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
	fmt.Printf("%6.2f|%-8.3f|%+.1f|%08.3f|% .2f\n", math.Pi, math.E, 2.0, -3.14159, 1.5)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 0.0001, 0.00001)
	fmt.Printf("%.3g %.10g %G %E\n", 1234.5678, 1.0/7, 1e-10, 12345.678)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Printf("%v %v\n", float32(0.1), float64(float32(0.1)))
	fmt.Printf("%5.1f%%\n", 99.44)
	fmt.Printf("%*.*f|\n", 10, 2, math.Sqrt(2))
	fmt.Println(math.Floor(-0.5), math.Ceil(-0.5), -0.0, 1/math.Inf(-1))
	fmt.Printf("%v %.2f %e\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%t %v\n", 3.0 == 3, 3.0)
	var f32 float32 = 16777217
	fmt.Println(f32, float32(1)/3, float32(2)/3)
	fmt.Println(1e100, 1e-100, 12345678.9, 123456789012.0, 0.000001234)
}
