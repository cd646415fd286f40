// Type assertions between distinct types spelled alike (a package type and
// function-local types named T): they fail, and the panic says the types
// come from different scopes.
package main

import "fmt"

type T struct{ n int }

var box any

func makeLocal() {
	type T struct{ n int }
	box = T{1}
}

func check(label string, f func()) {
	defer func() { fmt.Println(label, recover()) }()
	f()
}

func main() {
	makeLocal()
	check("package T:", func() { _ = box.(T) })
	check("other local T:", func() {
		type T struct{ n int }
		_ = box.(T)
	})
	_, ok := box.(T)
	fmt.Println("comma-ok:", ok)
	box = T{2}
	check("package T now:", func() { fmt.Println(box.(T).n) })
}
