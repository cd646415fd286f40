// Untyped float constants rounded to float64 and float32 at the edge of
// the denormal range: one rounding to the format's spacing there (not to
// 53 or 24 bits first), ties to even, tiny values to zero.
package main

import (
	"fmt"
	"math"
)

const (
	justBelowNormal = 2.2250738585072011e-308 // rounds down to the largest denormal
	justAboveHalf   = 2.2250738585072012e-308 // rounds up to the smallest normal
	halfTiniest     = 2.4703282292062327e-324 // exactly half of 2^-1074: ties to 0
	overHalfTiniest = 2.4703282292062328e-324 // a bit more: 2^-1074
	tinyF32         = 7.006492321624085e-46   // half of 2^-149 for float32
	aboveTinyF32    = 7.0064923216240862e-46
	edgeF32         = 1.1754942e-38 // near float32's smallest normal
)

func main() {
	var a float64 = justBelowNormal
	var b float64 = justAboveHalf
	fmt.Println(a, b, a == math.SmallestNonzeroFloat64*(1<<52-1), b == 0x1p-1022)
	fmt.Println(float64(halfTiniest), float64(overHalfTiniest) == math.SmallestNonzeroFloat64)
	var c float32 = tinyF32
	var d float32 = aboveTinyF32
	var e float32 = edgeF32
	fmt.Println(c, d, d == math.SmallestNonzeroFloat32, e, math.Float32bits(e))
	fmt.Println(math.Float64bits(justBelowNormal), math.Float64bits(0x1.fffffffffffffp-1023))
	fmt.Println(float32(0x1.ffffffp-127), math.Float32bits(0x1.fffffep-127))
}
