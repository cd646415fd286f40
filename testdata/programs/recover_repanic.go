package main

import (
	"errors"
	"fmt"
)

var ErrFatal = errors.New("fatal condition")

// layer recovers, logs and re-panics errors it cannot handle.
func layer(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s caught: %v\n", name, r)
			if err, ok := r.(error); ok && errors.Is(err, ErrFatal) {
				panic(fmt.Errorf("%s: %w", name, err))
			}
			fmt.Printf("%s handled it\n", name)
		}
	}()
	f()
}

func main() {
	layer("outer", func() {
		layer("inner", func() {
			panic("recoverable problem")
		})
		fmt.Println("outer continues after inner handled")
	})

	func() {
		defer func() {
			r := recover()
			fmt.Println("top level got:", r)
			err := r.(error)
			fmt.Println("is fatal:", errors.Is(err, ErrFatal))
		}()
		layer("outer", func() {
			layer("middle", func() {
				layer("inner", func() {
					panic(fmt.Errorf("disk: %w", ErrFatal))
				})
			})
		})
	}()

	// A panic in a deferred function replaces the current panic.
	func() {
		defer func() { fmt.Println("final recover:", recover()) }()
		defer func() { panic("second panic") }()
		panic("first panic")
	}()
	// Deferred functions still run during panicking, in LIFO order.
	func() {
		defer func() { recover() }()
		defer fmt.Println("cleanup 1")
		defer fmt.Println("cleanup 2")
		panic("boom")
	}()
	fmt.Println("main finished normally")
}
