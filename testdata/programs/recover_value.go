package main

import (
	"errors"
	"fmt"
)

type Code int

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%-12s recovered %-40v type %T\n", name, r, r)
	}()
	f()
}

func main() {
	try("string", func() { panic("something bad") })
	try("int", func() { panic(42) })
	try("Code", func() { panic(Code(7)) })
	try("error", func() { panic(errors.New("an error value")) })
	try("fmt.Errorf", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("struct", func() { panic(struct{ A, B int }{1, 2}) })
	try("no panic", func() {})
	try("slice", func() { panic([]string{"a", "b"}) })
	try("float", func() { panic(2.5) })

	// recover returns nil when not panicking or when called outside a deferred call.
	fmt.Println("direct recover:", recover())
	// recover only works in the deferred function itself, not in a nested call.
	helper := func() any { return recover() }
	func() {
		defer func() {
			fmt.Println("nested helper got:", helper())
			fmt.Println("direct got:", recover())
		}()
		panic("deep")
	}()
	// The function that recovered returns normally with its named results.
	fmt.Println(compute())
}

func compute() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("fallback after ", r)
		}
	}()
	var m map[string]int
	m["x"] = 1
	return "unreachable"
}
