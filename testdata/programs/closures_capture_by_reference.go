package main

import "fmt"

type Button struct {
	Label   string
	OnClick func()
}

func main() {
	x := 1
	show := func() { fmt.Println("x is", x) }
	show()
	x = 2
	show() // sees the new value: captured by reference
	set := func(v int) { x = v }
	set(42)
	fmt.Println("after set:", x)

	// Event handlers sharing and mutating state.
	clicks := map[string]int{}
	var buttons []Button
	for _, label := range []string{"ok", "cancel", "help"} {
		buttons = append(buttons, Button{label, func() { clicks[label]++ }})
	}
	for _, i := range []int{0, 1, 0, 2, 0, 1} {
		buttons[i].OnClick()
	}
	fmt.Println(clicks)

	// Closures capturing a struct variable vs a copy.
	type point struct{ X, Y int }
	p := point{1, 2}
	byRef := func() point { return p }
	cp := p
	byVal := func() point { return cp }
	p.X = 100
	fmt.Println(byRef(), byVal())

	// Capturing a slice variable: reassignment is visible.
	s := []int{1}
	getS := func() []int { return s }
	s = append(s, 2, 3)
	fmt.Println(getS())

	// Nested closures share the outermost variable.
	n := 0
	outer := func() func() int {
		return func() int { n += 10; return n }
	}
	f1, f2 := outer(), outer()
	f1()
	f2()
	fmt.Println("n:", n)
	// Deferred closure reads the final value.
	func() {
		v := "start"
		defer func() { fmt.Println("deferred sees:", v) }()
		v = "end"
	}()
}
