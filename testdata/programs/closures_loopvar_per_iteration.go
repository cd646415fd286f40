package main

import "fmt"

func main() {
	// Since Go 1.22 each iteration of a 3-clause for loop has its own i.
	var fs []func() int
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Same for range loops: each closure captures its own v.
	var prints []func() string
	for idx, v := range []string{"a", "b", "c"} {
		prints = append(prints, func() string { return fmt.Sprint(idx, v) })
	}
	for _, p := range prints {
		fmt.Print(p(), " ")
	}
	fmt.Println()

	// Pointers to the loop variable differ per iteration.
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])

	// Modifying the variable inside the body carries into the next iteration's copy.
	var seen []int
	var getters []func() int
	for i := 0; i < 10; i++ {
		getters = append(getters, func() int { return i })
		i += 2
		seen = append(seen, i)
	}
	fmt.Print(seen, " closures see:")
	for _, g := range getters {
		fmt.Print(" ", g())
	}
	fmt.Println()

	// Range over int also has per-iteration variables.
	var rf []func() int
	for i := range 4 {
		rf = append(rf, func() int { return i + 100 })
	}
	for _, f := range rf {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// A variable declared outside the loop is shared by all closures.
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
	}
	for k := 0; k < 3; k++ {
		shared = append(shared, func() int { return j + k })
	}
	j = 100
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
