// The empty string constant has a nil data pointer (unsafe.StringData ""
// is nil); a nil slice's SliceData is nil; an empty substring of a
// non-empty string points into it.
package main

import (
	"fmt"
	"unsafe"
)

func data(s string) bool { return unsafe.StringData(s) != nil }

func main() {
	var b []byte
	var s string
	e := ""
	const c = ""
	fmt.Println(unsafe.SliceData(b) != nil, data(s), data(e), data(c), data(""+""))
	full := "xyz"
	fmt.Println(data(full), data(full[3:]), data(full[:0]))
	fmt.Println(e == s, len(e), e+"!" == "!")
}
