// Run-time limits of slices: an append whose length overflows int and a
// make with a negative length panic with Go's runtime messages; the empty
// string literal has no data pointer; deeply nested slice types print.
package main

import (
	"fmt"
	"strings"
	"unsafe"
)

type unit struct{}

const maxInt = int(^uint(0) >> 1)

func panics(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name+":", e.Error())
			return
		}
		fmt.Println(name+": no panic", r)
	}()
	f()
}

func main() {
	full := make([]unit, maxInt)
	fmt.Println(len(full) == maxInt)
	panics("append one", func() { full = append(full, unit{}) })
	two := make([]unit, 2)
	panics("append many", func() { full = append(full, two...) })
	n := -3
	panics("negative len", func() { _ = make([]int, n, 5) })
	c := 2
	panics("cap below len", func() { _ = make([]byte, 4, c) })
	big := 1 << 62
	panics("len too large", func() { _ = make([]int64, big) })

	empty := ""
	fmt.Println("StringData of \"\" is nil:", unsafe.StringData(empty) == nil, unsafe.StringData("") == nil)
	fmt.Println("SliceData of nil slice is nil:", unsafe.SliceData([]int(nil)) == nil)

	deep := [][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][]int{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{7}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
	s := fmt.Sprint(deep)
	fmt.Println(s == strings.Repeat("[", 40)+"7"+strings.Repeat("]", 40))
	fmt.Printf("%T\n", deep[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0])
}
