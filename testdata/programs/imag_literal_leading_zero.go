// Imaginary literals whose integer part is all decimal digits are decimal
// even with leading zeros (and underscores); prefixed forms keep their base.
package main

import "fmt"

func main() {
	fmt.Println(012i, 0_1_2i, 00089i, 0i, 00i, 0_9i)
	fmt.Println(0o12i, 0x1Ai, 0b101i, 0x1p2i, 012.5i, 1_0e1i)
	fmt.Println(012i == complex(0, 12), 0o12i == complex(0, 10), real(3+012i))
	var c complex64 = 0_7_7i
	fmt.Println(c, imag(c))
}
