// Converting a nil interface value to another interface type (a static
// conversion, never an assertion) gives nil; a failed assertion between two
// local types spelled alike says they come from different scopes.
package main

import (
	"fmt"
	"strings"
)

type reader interface{ Read() string }

type readWriter interface {
	Read() string
	Write(string)
}

var rw readWriter
var r reader
var anything any

func convert() {
	r = rw
	anything = r
	anything = rw
	fmt.Println("nil conversions:", r == nil, anything == nil)
}

var box any

func put() {
	type token struct{}
	box = token{}
}

func take() (msg string) {
	type token struct{}
	defer func() {
		if e, ok := recover().(error); ok {
			msg = e.Error()
		}
	}()
	_ = box.(token)
	return "no panic"
}

func main() {
	convert()
	put()
	m := take()
	fmt.Println(m)
	fmt.Println(strings.HasSuffix(m, "(types from different scopes)"))
	_, ok := box.(interface{ Read() string })
	fmt.Println("comma-ok on nil-free box:", ok)
}
