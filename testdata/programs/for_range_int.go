package main

import "fmt"

type Size int

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Zero and negative counts run no iterations.
	n := 0
	for range 0 {
		n++
	}
	for range -3 {
		n++
	}
	fmt.Println("iterations for 0 and -3:", n)

	// The range expression is evaluated once.
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i, " ")
	}
	fmt.Println("| limit now", limit)

	// The loop variable has the type of the range expression.
	var sz Size = 3
	for s := range sz {
		fmt.Printf("%T(%d) ", s, s)
	}
	fmt.Println()
	var u8 uint8 = 4
	for b := range u8 {
		fmt.Printf("%T:%d ", b, b)
	}
	fmt.Println()
	for i := range int64(2) {
		fmt.Printf("%T ", i)
	}
	fmt.Println()

	// Multiplication table.
	for i := range 4 {
		for j := range 4 {
			fmt.Printf("%3d", (i+1)*(j+1))
		}
		fmt.Println()
	}
	// Range over an untyped constant.
	const N = 3
	total := 0
	for i := range N {
		total += i
	}
	fmt.Println("total:", total)
	// Modifying the loop variable does not affect iteration count.
	count := 0
	for i := range 5 {
		i += 10
		_ = i
		count++
	}
	fmt.Println("count:", count)
}
