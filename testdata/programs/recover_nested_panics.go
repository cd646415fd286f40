// Recovering a panic raised while another panic runs its deferred calls:
// the inner recovery ends only the inner panic, and the outer one goes on to
// the next deferred call. And `defer recover()`: it recovers when its
// deferring function (itself a panic's deferred call) returns normally, but
// not when the panic runs it.
package main

import "fmt"

func catch(label string) {
	r := recover()
	fmt.Println(label, "recovered:", r)
}

func nested() {
	defer catch("outer")
	defer func() {
		defer catch("inner")
		panic("second")
	}()
	panic("first")
}

func deferredRecoverOnReturn() (got string) {
	defer func() {
		if r := recover(); r != nil {
			got = fmt.Sprint("late: ", r)
		}
	}()
	defer func() {
		defer recover() // runs when this function returns: recovers "third"
	}()
	panic("third")
}

func deferredRecoverByPanic() {
	defer catch("fourth's catcher")
	defer func() {
		defer catch("fifth's catcher")
		defer recover() // run by the panic of "fifth": recovers nothing
		panic("fifth")
	}()
	panic("fourth")
}

func chain(n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("chain", n, "recovered:", r)
			if n > 0 {
				panic(fmt.Sprint("again ", n))
			}
		}
	}()
	if n == 0 {
		panic("start")
	}
	chain(n - 1)
}

func main() {
	nested()
	fmt.Println("after nested")
	fmt.Println("deferred recover on return:", deferredRecoverOnReturn() == "")
	deferredRecoverByPanic()
	fmt.Println("after by-panic")
	defer func() { fmt.Println("main recovered:", recover()) }()
	chain(3)
}
