// Generic interface types, used as ordinary interfaces (Getter[int]) and as
// constraints; named results of type-parameter type set by a deferred
// recover; a generic function type and a generic channel type.
package main

import (
	"errors"
	"fmt"
)

type Getter[T any] interface{ Get() T }

type constant[T any] struct{ v T }

func (c constant[T]) Get() T { return c.v }

type counter struct{ n int }

func (c *counter) Get() int { c.n++; return c.n }

func Collect[T any, G Getter[T]](g G, n int) []T {
	out := make([]T, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, g.Get())
	}
	return out
}

func SafeDiv[T ~int | ~int64](a, b T) (q T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("recovered: ", r))
			q = -1
		}
	}()
	return a / b, nil
}

type Pred[T any] func(T) bool

func (p Pred[T]) Not() Pred[T] { return func(x T) bool { return !p(x) } }

type Pipe[T any] chan T

func (p Pipe[T]) SendAll(xs ...T) {
	for _, x := range xs {
		p <- x
	}
	close(p)
}

func main() {
	var g Getter[int] = &counter{}
	fmt.Println(g.Get(), g.Get())
	fmt.Println(Collect[int](g, 3))
	fmt.Println(Collect[string](constant[string]{"k"}, 2))
	var gs []Getter[string] = []Getter[string]{constant[string]{"a"}, constant[string]{"b"}}
	for _, x := range gs {
		fmt.Print(x.Get(), " ")
	}
	fmt.Printf("%T\n", gs)
	fmt.Println(SafeDiv(7, 2))
	fmt.Println(SafeDiv(int64(1), 0))
	even := Pred[int](func(i int) bool { return i%2 == 0 })
	odd := even.Not()
	fmt.Println(even(2), odd(2), odd(3))
	fmt.Printf("%T\n", odd)
	p := make(Pipe[string], 3)
	go p.SendAll("x", "y", "z")
	for s := range p {
		fmt.Print(s)
	}
	fmt.Println()
}
