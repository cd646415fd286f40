// Deferring a nil func is legal; the panic comes when the deferred call
// runs (after the function body), also while another panic unwinds, where
// it replaces that panic. A value method called through an interface
// holding a nil *T panics with Go's panicwrap message.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

var steps []string

func deferNil() {
	var f func(int)
	defer f(1)
	steps = append(steps, "body ran")
}

func deferNilDuringPanic() {
	var g func()
	defer g()
	panic("original")
}

func deferNilThenRecover() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("recovered: ", r)
	}()
	var h func() string
	defer h()
	return "not reached"
}

type counter int

func (c counter) Get() int { return int(c) }

type getter interface{ Get() int }

type named struct{ n int }

func (v named) Show() string { return fmt.Sprint(v.n) }

type shower interface{ Show() string }

// Returned from a function that is not inlined, the interface's dynamic
// type is unknown at the call, so Go calls through the itab's wrapper.
//
//go:noinline
func asGetter(p *counter) getter { return p }

//go:noinline
func asShower(p *named) shower { return p }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		var re runtime.Error
		fmt.Printf("%s: %v (error %v, runtime.Error %v)\n", name, r, isErr, isErr && errors.As(err, &re))
	}()
	f()
}

func main() {
	catch("defer nil", deferNil)
	fmt.Println(steps)
	catch("defer nil while panicking", deferNilDuringPanic)
	fmt.Println(deferNilThenRecover())
	catch("value method via nil *counter", func() {
		fmt.Println(asGetter(nil).Get())
	})
	catch("value method via nil *named", func() {
		fmt.Println(asShower(nil).Show())
	})
	c := counter(4)
	fmt.Println("non-nil pointer:", asGetter(&c).Get())
	catch("%T of the panic", func() {
		defer func() { fmt.Printf("%T\n", recover()) }()
		asShower(nil).Show()
	})
}
