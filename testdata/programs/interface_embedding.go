package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string) int
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	lines  []string
	closed bool
}

func (b *Buffer) Write(s string) int { b.lines = append(b.lines, s); return len(s) }

func (b *Buffer) Read() (string, bool) {
	if len(b.lines) == 0 {
		return "", false
	}
	s := b.lines[0]
	b.lines = b.lines[1:]
	return s, true
}

func (b *Buffer) Close() error {
	if b.closed {
		return fmt.Errorf("buffer already closed")
	}
	b.closed = true
	return nil
}

func copyAll(dst Writer, src Reader) (n int) {
	for {
		s, ok := src.Read()
		if !ok {
			return
		}
		n += dst.Write(strings.ToUpper(s))
	}
}

func main() {
	src := &Buffer{}
	var w Writer = src
	w.Write("alpha")
	w.Write("beta")
	w.Write("gamma")
	dst := &Buffer{}
	n := copyAll(dst, src)
	fmt.Println("copied bytes:", n, dst.lines)

	var rwc ReadWriteCloser = dst
	var rw ReadWriter = rwc // narrowing is implicit
	var r Reader = rw
	s, _ := r.Read()
	fmt.Println("read:", s)
	fmt.Println(rwc.Close(), rwc.Close())
	if c, ok := r.(Closer); ok {
		fmt.Println("reader is also a closer:", c.Close())
	}
	fmt.Printf("%T %T\n", r, rw)
}
