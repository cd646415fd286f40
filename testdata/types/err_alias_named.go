package main

import (
	"fmt"
	"io"
)

type T struct{ n int }
type A = T
type PA = *T
type R = io.Reader

func (a A) Get() int { return a.n }

func main() {
	var t T
	fmt.Println(t.Get())
	var r R
	var pa PA = &t
	var i int = pa
	_, _ = i, r
}
