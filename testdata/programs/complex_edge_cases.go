package main

import (
	"fmt"
	"math"
)

type C complex128

type point struct {
	name string
	z    complex64
}

func div(a, b complex128) complex128 { return a / b }

func div64(a, b complex64) complex64 { return a / b }

func main() {
	inf, nan := math.Inf(1), math.NaN()
	zero := complex(0, 0)
	one := complex(1, 0)

	// Division: Smith's algorithm and C99's corrections.
	fmt.Println(div(complex(1, 2), complex(3, 4)), div(complex(1e300, 1e300), complex(1e300, 1e-300)))
	fmt.Println(div(one, zero), div(complex(-1, 2), zero), div(zero, zero))
	fmt.Println(div(complex(inf, 1), complex(2, 3)), div(complex(1, inf), complex(2, -3)))
	fmt.Println(div(complex(1, 2), complex(inf, 3)), div(complex(1, 2), complex(-2, inf)))
	fmt.Println(div(complex(nan, 1), complex(2, 3)), div(complex(inf, inf), complex(inf, inf)))
	fmt.Println(div64(complex(1, 2), complex(3, 4)), div64(1, 0), div64(complex(3, 1), complex(0, 7)))

	// Multiplication: complex64 is computed in float64, then rounded.
	a64, b64 := complex64(complex(1.1, 2.2)), complex64(complex(3.3, -4.4))
	fmt.Println(a64*b64, a64+b64, a64-b64, -a64)
	a, b := complex(1.1, 2.2), complex(3.3, -4.4)
	fmt.Println(a*b, a+b, a-b, -a, complex(inf, 0)*complex(0, 1))

	// Signed zeros, NaN, equality.
	z0 := 0.0
	nz := complex(-z0, 0)
	fmt.Println(-zero, nz, nz == zero, complex(nan, 0) == complex(nan, 0), a != b)
	var c C = 3 + 4i
	c *= 2i
	c -= 1
	c++
	fmt.Println(c, real(c), imag(c), C(complex(real(c), -imag(c))))

	// Conversions.
	huge := 1e40
	var c64 complex64 = complex64(complex(1.0/3, huge))
	fmt.Println(c64, complex128(c64), real(c64), imag(c64))
	fmt.Printf("%T %T %T %T\n", c, c64, real(c64), imag(c))

	// Map keys: +0 and -0 are the same key, NaN never matches.
	m := map[complex128]string{}
	m[zero] = "zero"
	m[nz] = "negative zero"
	m[complex(nan, 0)] = "nan1"
	m[complex(nan, 0)] = "nan2"
	m[complex(1, -1)] = "one"
	fmt.Println(len(m), m[zero], m[complex(1, -1)])
	m64 := map[complex64]int{1i: 1, -1i: 2, 2: 3}
	fmt.Println(m64)

	// In interfaces and structs.
	var e any = complex64(1 + 2i)
	fmt.Println(e == any(complex64(1+2i)), e == any(complex128(1+2i)), e)
	p, q := point{"p", 1 + 1i}, point{"p", complex(1, 1)}
	fmt.Println(p == q, p, fmt.Sprint(q))
	switch v := e.(type) {
	case complex128:
		fmt.Println("complex128", v)
	case complex64:
		fmt.Println("complex64", v)
	}
	switch c {
	case 1:
		fmt.Println("one")
	case C(complex(-8, 6)):
		fmt.Println("found", c)
	}

	// Formatting: verbs, flags, width and precision apply to each part.
	z := complex(-1.5, 2.25)
	fmt.Printf("%v|%g|%e|%E|%f|%.2f|%8.3f|%-9.1f|%+v\n", z, z, z, z, z, z, z, z, z)
	fmt.Printf("%v %v %.1f %v\n", complex(inf, -inf), complex(nan, nan), complex(nan, inf), complex(1e21, 1e-7))
	fmt.Printf("%d %s\n", z, c64)
	fmt.Printf("%v %.3g %G\n", c64, c64, complex64(1e-10+2.5e10i))

	// The print builtin (standard error) and a panic value.
	println(z, c64, 1.5, float32(0.1), 1e21, 123456789.0)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(C(1 - 2i))
	}()
	panic(complex(float32(0.5), -2))
}
