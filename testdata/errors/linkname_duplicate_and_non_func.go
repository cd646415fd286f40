package main

import _ "unsafe"

//go:linkname nanotime runtime.nanotime
//go:linkname nanotime runtime.nanotime
func nanotime() int64

type T int

//go:linkname T runtime.x
func main() {
	//go:linkname inner runtime.nanotime
	println(nanotime() > 0)
}
