package main

import "fmt"

// floorMod returns a mod b with the sign of b, unlike Go's %.
func floorMod(a, b int) int {
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%3d / %2d = %2d   %3d %% %2d = %2d   floorMod = %2d\n", a, b, a/b, a, b, a%b, floorMod(a, b))
	}
	// Division identity holds: (a/b)*b + a%b == a
	ok := true
	for a := -20; a <= 20; a++ {
		for b := -6; b <= 6; b++ {
			if b == 0 {
				continue
			}
			if (a/b)*b+a%b != a {
				ok = false
			}
		}
	}
	fmt.Println("identity holds:", ok)
	fmt.Println("gcd(84, -36) =", gcd(84, -36), "gcd(17, 5) =", gcd(17, 5))
	// Shifts are not the same as division for negatives.
	n := -7
	fmt.Println("-7>>1 =", n>>1, "-7/2 =", n/2)
	var u uint = 7
	fmt.Println("7>>1 =", u>>1, "7/2 =", u/2)
	// Float division and modulo.
	fmt.Println(7.0/2, -7.0/2)
	var i8 int8 = -128
	fmt.Println("int8 -128/-1 =", i8/int8(-1+0*int(i8)))
}
