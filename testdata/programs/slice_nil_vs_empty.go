package main

import (
	"fmt"
	"strings"
)

func describe(name string, s []int) {
	fmt.Printf("%-8s nil=%-5t len=%d cap=%d %v %#v\n", name, s == nil, len(s), cap(s), s, s)
}

func findEven(xs []int) []int {
	var out []int // stays nil if nothing found
	for _, x := range xs {
		if x%2 == 0 {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := make([]int, 0, 10)
	e := b[:0]
	var arr [0]int
	f := arr[:]
	describe("var", a)
	describe("literal", b)
	describe("make", c)
	describe("make10", d)
	describe("reslice", e)
	describe("array", f)

	// Both behave the same for len, range and append.
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	describe("appended", a)
	describe("none", findEven([]int{1, 3, 5}))
	describe("some", findEven([]int{1, 2, 3, 4}))

	// Slicing a nil slice yields nil.
	var n []int
	describe("n[:]", n[:])
	describe("n[0:0]", n[0:0])

	// strings.Split vs Fields on empty input.
	parts := strings.Split("", ",")
	fields := strings.Fields("   ")
	fmt.Println(len(parts), parts == nil, len(fields), fields == nil)
	var ss []string
	fmt.Printf("%q %v %d\n", ss, ss, len(strings.Join(ss, ",")))
	var m map[string][]int
	fmt.Println(m["x"] == nil, len(m["x"]))
}
