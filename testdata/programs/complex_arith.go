package main

import (
	"fmt"
	"math"
)

func abs(c complex128) float64 {
	return math.Sqrt(real(c)*real(c) + imag(c)*imag(c))
}

// mandelIter returns how many iterations z = z*z + c stays bounded.
func mandelIter(c complex128, limit int) int {
	z := complex(0, 0)
	for i := 0; i < limit; i++ {
		z = z*z + c
		if abs(z) > 2 {
			return i
		}
	}
	return limit
}

func main() {
	a := complex(3, 4)
	b := 1 - 1i
	fmt.Println("a =", a, "b =", b)
	fmt.Println("a+b =", a+b, "a-b =", a-b)
	fmt.Println("a*b =", a*b, "a/b =", a/b)
	fmt.Println("|a| =", abs(a))
	fmt.Println("conj(a) =", complex(real(a), -imag(a)))
	fmt.Println("a == 3+4i:", a == 3+4i)

	var c64 complex64 = complex64(a)
	c64 *= 2
	fmt.Printf("%v %T %.2f\n", c64, c64, c64)

	// ASCII Mandelbrot.
	for y := 1.0; y >= -1.0; y -= 0.25 {
		line := make([]byte, 0, 40)
		for x := -2.0; x <= 0.5; x += 0.08 {
			n := mandelIter(complex(x, y), 30)
			switch {
			case n >= 30:
				line = append(line, '#')
			case n > 8:
				line = append(line, '+')
			case n > 3:
				line = append(line, '.')
			default:
				line = append(line, ' ')
			}
		}
		fmt.Println(string(line))
	}
	inf := complex(math.Inf(1), 0)
	fmt.Println(inf, complex(math.NaN(), 1))
	fmt.Printf("%g %e\n", a, b)
}
