package main

import "fmt"

// Go's makeslice limits: a slice of at most 1<<48 bytes (maxAlloc on
// linux/amd64) may be asked for; past that, or with a negative length, it
// panics; zero-size elements have no byte limit.

var sink []byte
var sinkInts []int64
var sinkEmpty []struct{}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
	fmt.Println(name + ": ok")
}

func main() {
	big := 1 << 48
	try("bytes 1<<48+1", func() { sink = make([]byte, big+1) })
	try("int64s 1<<45+1", func() { sinkInts = make([]int64, big/8+1) })
	try("int64s 1<<61 (overflow)", func() { sinkInts = make([]int64, big<<13) })
	try("negative len", func() { n := -1; sink = make([]byte, n) })
	try("cap too large", func() { sink = make([]byte, 10, big+1) })
	try("cap below len", func() { n := 5; sink = make([]byte, 10, n) })
	try("empty structs 1<<62", func() { sinkEmpty = make([]struct{}, big<<14); fmt.Println(len(sinkEmpty)) })
	try("small", func() { sink = make([]byte, 3, 100); fmt.Println(len(sink), cap(sink)) })
}
