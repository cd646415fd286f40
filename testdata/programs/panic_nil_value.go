package main

import "fmt"

// fail panics with whatever error it is given, even a nil one.
func fail(err error) {
	panic(err)
}

func main() {
	defer fmt.Println("deferred call runs before the crash")
	// Since Go 1.21, panic(nil) becomes a *runtime.PanicNilError.
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
			_, isErr := r.(error)
			fmt.Println("is an error:", isErr)
		}()
		panic(nil)
	}()
	var err error
	fmt.Println("calling fail with a nil error")
	fail(err)
}
