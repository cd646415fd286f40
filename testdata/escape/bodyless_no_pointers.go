package main

import _ "unsafe"

//go:linkname nanotime runtime.nanotime
func nanotime() int64

func main() {
	t0 := nanotime()
	t1 := nanotime()
	println(t1 >= t0)
}
