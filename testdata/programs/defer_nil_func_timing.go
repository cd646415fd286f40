// Deferring a nil func value is allowed; the panic comes when the deferred
// call is made (at return, or while panicking, replacing that panic), and
// the rest of the function runs first.
package main

import "fmt"

var steps []string

func deferNilThenReturn() {
	var f func(int)
	defer f(1)
	steps = append(steps, "body ran")
}

func deferNilWhilePanicking() {
	var g func()
	defer g()
	panic("first")
}

func try(label string, fn func()) {
	defer func() { fmt.Println(label, recover()) }()
	fn()
}

func main() {
	try("at return:", deferNilThenReturn)
	try("while panicking:", deferNilWhilePanicking)
	fmt.Println(steps)
	var h func(string) string
	try("ordinary call:", func() { h("x") })
}
