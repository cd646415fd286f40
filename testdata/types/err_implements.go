package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read(p []byte) (int, error) }
type RW interface {
	Reader
	Write(p []byte) (int, error)
}

type myR struct{}

func (myR) Read(p []byte) (int, error) { return 0, io.EOF }

func use(r io.Reader) {}

func main() {
	var rw RW = myR{}
	use(myR{})
	use(strings.NewReader("x"))
	var w io.Writer = strings.NewReader("x")
	var sb strings.Builder
	fmt.Fprintf(&sb, "x")
	fmt.Fprintf(sb, "x")
	var e error = "oops"
	fmt.Println(rw, w, e)
	var x interface{ M() }
	switch x.(type) {
	case int:
	case fmt.Stringer, error:
	}
	_ = x.(int)
}
