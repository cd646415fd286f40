package main

import (
	"errors"
	"fmt"
)

type Key struct{ A, B int }

type Named interface{ Name() string }

type Dog struct{ name string }

func (d Dog) Name() string { return d.name }

type Cat struct{ name string }

func (c *Cat) Name() string { return c.name }

func main() {
	var a, b any
	fmt.Println("nil == nil:", a == b)
	a, b = 3, 3
	fmt.Println("3 == 3:", a == b)
	b = int64(3)
	fmt.Println("int 3 == int64 3:", a == b)
	a, b = "go", "go"
	fmt.Println("strings:", a == b)
	a, b = Key{1, 2}, Key{1, 2}
	fmt.Println("structs:", a == b)
	a, b = [2]string{"x", "y"}, [2]string{"x", "y"}
	fmt.Println("arrays:", a == b)

	var n1, n2 Named = Dog{"rex"}, Dog{"rex"}
	fmt.Println("dog values:", n1 == n2)
	c := &Cat{"tom"}
	n1, n2 = c, c
	fmt.Println("same cat ptr:", n1 == n2)
	n2 = &Cat{"tom"}
	fmt.Println("different cat ptrs:", n1 == n2)

	// Comparing interface with a concrete value.
	var x any = 10
	fmt.Println(x == 10, x == "10", x != 10.0)

	// Errors compare by identity for errors.New.
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println("errors.New twice:", e1 == e2, e1 == e1, e1.Error() == e2.Error())

	// Interfaces as map keys.
	m := map[any]int{}
	m[1]++
	m[1.0]++
	m[Key{1, 1}]++
	m[Key{1, 1}]++
	m["1"]++
	fmt.Println(len(m), m[1], m[1.0], m[Key{1, 1}])
	// Comparing uncomparable dynamic types would panic; guard with type checks.
	var s1, s2 any = []int{1}, []int{1}
	_, isSlice := s1.([]int)
	fmt.Println("skip slice comparison:", isSlice, s2 != nil)
}
