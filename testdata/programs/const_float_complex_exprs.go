package main

import (
	"fmt"
	"math"
)

const (
	Pi2      = math.Pi * 2
	HalfPi   = math.Pi / 2
	E        = 2.71828182845904523536028747135266249775724709369995957496696763
	C1       = 3 + 4i
	C2       = 1 - 2i
	Product  = C1 * C2
	Quotient = C1 / C2
	Imag     = 1i * 1i
	Mixed    = 'a' + 1.5
	IntFromF = 5.0 / 2.0 * 2
)

func main() {
	fmt.Println("Pi2 =", Pi2)
	fmt.Println("HalfPi =", HalfPi)
	fmt.Printf("E = %.15f\n", E)
	fmt.Println("C1*C2 =", Product)
	fmt.Println("C1/C2 =", Quotient)
	fmt.Println("i*i =", Imag)
	fmt.Println("real(i*i) =", real(Imag))
	fmt.Println("'a'+1.5 =", Mixed)
	var n int = IntFromF
	fmt.Println("5.0/2.0*2 as int =", n)
	const r = real(C1)*real(C1) + imag(C1)*imag(C1)
	fmt.Println("|C1|^2 =", r)
	var f32 float32 = 1.0 / 3.0
	var f64 float64 = 1.0 / 3.0
	fmt.Println("float32(1/3) =", f32)
	fmt.Println("float64(1/3) =", f64)
	var c64 complex64 = C1
	var c128 complex128 = Quotient
	fmt.Println(c64, c128)
	fmt.Printf("%T %T\n", c64, c128)
	const big = 1e300 * 1e300 / 1e300
	fmt.Println("1e300*1e300/1e300 =", big)
	const tiny = 1e-300 * 1e-300 * 1e300
	fmt.Println("1e-300*1e-300*1e300 =", tiny)
	fmt.Println("untyped int / int =", 7/2, "untyped float / int =", 7.0/2)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint32)*2)
}
