package main

import (
	"fmt"
	"math"
)

// The math functions whose results are exact IEEE operations: remainders,
// rounding, splitting and scaling, bit patterns, neighbours, and Pow with
// integer exponents.

func main() {
	for _, p := range [][2]float64{{7.5, 2}, {-7.5, 2}, {7.5, -2}, {1, 0}, {math.Inf(1), 3}, {5, math.Inf(-1)}, {1e300, 3.3}} {
		fmt.Println("Mod", p, math.Mod(p[0], p[1]), "Remainder", math.Remainder(p[0], p[1]), "Dim", math.Dim(p[0], p[1]))
	}
	for _, x := range []float64{2.5, -2.5, 3.5, -0.4, 0.49999999999999994, 1e16 + 1, math.NaN(), math.Inf(-1)} {
		i, f := math.Modf(x)
		fr, e := math.Frexp(x)
		fmt.Println(x, math.Round(x), math.RoundToEven(x), math.Trunc(x), math.Floor(x), math.Ceil(x), i, f, fr, e, math.Signbit(x), math.Logb(x), math.Ilogb(x))
	}
	fmt.Println(math.Ldexp(0.75, 4), math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(1, 1024), math.Copysign(3, -0.0), math.Abs(-0.0))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x400921fb54442d18), math.Float32bits(1.5), math.Float32frombits(0x7f7fffff))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.Nextafter32(1, 2), math.FMA(0.1, 10, -1))
	for _, p := range [][2]float64{{2, 10}, {2, -3}, {-2, 3}, {10, 22}, {10, 23}, {1.1, 7}, {0.5, 1100}, {-8, 0.5}, {16, -0.5}, {0, -1}, {math.Inf(-1), 3}, {-1, math.Inf(1)}, {3, 0}} {
		fmt.Println("Pow", p, math.Pow(p[0], p[1]))
	}
	fmt.Println(math.Pow10(5), math.Pow10(-3), math.Pow10(308), math.Pow10(309), math.Pow10(-324), math.Pow10(23))
	fmt.Println(math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 1), math.IsInf(math.Inf(-1), 0), math.Sqrt(2), math.Max(-0.0, 0), math.Min(math.NaN(), 1))
}
