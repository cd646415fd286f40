// mm
package main

import "unsafe"

var keep *byte

func main() {
	b := []byte("abc")
	p := unsafe.SliceData(b)
	s := "xyz"
	q := unsafe.StringData(s)
	keep = p
	println(*keep, *q, len(b))
}
