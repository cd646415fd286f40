package main

import "fmt"

// Untyped constants are exact: intermediate values may be far larger
// than any machine integer as long as the final value fits its use.
const (
	Huge     = 1 << 100
	Back     = Huge >> 98
	Big      = 1 << 200
	Ratio    = Big / Huge / Huge
	Million  = 1_000_000
	Trillion = Million * Million
	Googol   = 1e100
	Small    = Googol / 1e98
)

const (
	KiB = 1 << (10 * (iota + 1))
	MiB
	GiB
	TiB
	PiB
	EiB
)

func main() {
	fmt.Println("1<<100>>98 =", Back)
	fmt.Println("Big/Huge/Huge =", Ratio)
	fmt.Println("Trillion =", Trillion)
	fmt.Println("Googol/1e98 =", Small)
	var x int64 = Huge >> 40
	fmt.Println("Huge>>40 as int64 =", x)
	fmt.Println(KiB, MiB, GiB, TiB, PiB, EiB)
	fmt.Println("EiB/PiB =", EiB/PiB)

	// Exact rational arithmetic on untyped float constants.
	const third = 1.0 / 3
	const sum = third + third + third
	fmt.Println("1/3*3 == 1:", sum == 1)
	const tenth = 0.1
	fmt.Println("const 0.1+0.2 == 0.3:", tenth+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println("var   0.1+0.2 == 0.3:", a+b == 0.3)

	// A huge constant expression reduced to something representable.
	const h = (1<<62 - 1) * 4 / 8
	fmt.Println("(1<<62-1)*4/8 =", h)
	const mask = ^uint32(0)
	fmt.Println("^uint32(0) =", mask)
	const neg = -1 << 63
	fmt.Println("-1<<63 =", int64(neg))
	fmt.Printf("%T %T %T\n", Back, Small, 'x')
}
