package main

import (
	"fmt"
)

type MyError struct{ msg string }

func (e *MyError) Error() string {
	if e == nil {
		return "<nil MyError>"
	}
	return e.msg
}

// Bad: returns a typed nil pointer wrapped in a non-nil interface.
func mayFailBad(fail bool) error {
	var err *MyError
	if fail {
		err = &MyError{"failed"}
	}
	return err
}

// Good: returns an untyped nil interface.
func mayFailGood(fail bool) error {
	if fail {
		return &MyError{"failed"}
	}
	return nil
}

type Animal interface{ Sound() string }
type Cow struct{}

func (c *Cow) Sound() string { return "moo" } // works even on nil receiver

func main() {
	e1 := mayFailBad(false)
	e2 := mayFailGood(false)
	fmt.Println("bad  == nil:", e1 == nil, "value:", e1)
	fmt.Println("good == nil:", e2 == nil, "value:", e2)
	fmt.Printf("%T %T\n", e1, e2)
	if e1 != nil {
		fmt.Println("e1 error message:", e1.Error())
	}
	// Checking the dynamic value.
	if me, ok := e1.(*MyError); ok && me == nil {
		fmt.Println("e1 holds a nil *MyError")
	}

	var cow *Cow
	var a Animal = cow
	fmt.Println(a != nil, a.Sound())
	var a2 Animal
	fmt.Println(a2 == nil)
	fmt.Printf("%v %v\n", a, a2)
	a2 = a
	fmt.Println(a2 == a, a2 == nil)
}
