// Untyped float constants far outside float64's range (decimal exponents
// in the hundreds of millions, hex exponents near 2^31) are exact enough
// (512 bits, as go/constant) that ratios of them come back to ordinary
// values; the tiniest literals round to 0.
package main

import "fmt"

const (
	huge  = 1e646456992
	tiny  = 1e-646456992
	hexHi = 0x1p2147483646
	under = 1e-646456994
)

func main() {
	fmt.Println(huge/1e646456990, tiny*1e646456991, huge*tiny)
	fmt.Println(hexHi/0x1p2147483636, 1e1300/1e1299, 1e-1300*1e1301)
	const third = 1e5000 / 3e5000
	fmt.Println(third, float32(third), under == 0)
	x := 1.5e-1300 * 1e1300
	y := (huge + 1) / huge
	fmt.Println(x, y, huge > hexHi, -huge < tiny)
}
