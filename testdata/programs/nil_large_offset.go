// Nil pointers to very large arrays and structs: indexing, slicing, field
// reads and field addresses at offsets far past the first page must still
// panic with the nil dereference error. Also a large zeroed global.
package main

import "fmt"

type big struct {
	pad  [64 << 20]byte
	tail int
	more [4]string
}

type outer struct {
	big
}

type holder struct {
	*outer
}

var huge [32 << 20]byte
var bigNil *big

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name+":", e.Error())
			return
		}
		fmt.Println(name+": no panic")
	}()
	f()
}

//go:noinline
func nilBig() *big { return nil }

func main() {
	huge[len(huge)-1] = 9
	fmt.Println("huge global:", len(huge), huge[len(huge)-1])
	var arr *[1 << 28]int32
	try("index", func() { fmt.Println(arr[1<<27]) })
	try("store", func() { arr[1<<26] = 5 })
	try("slice", func() { s := arr[100:]; fmt.Println(len(s)) })
	try("field", func() { fmt.Println(nilBig().tail) })
	try("global field", func() { fmt.Println(bigNil.more[2]) })
	try("field address", func() { p := &bigNil.tail; fmt.Println(p == nil) })
	try("embedded", func() { h := holder{}; fmt.Println(h.tail) })
	try("nested address", func() { var o *outer; fmt.Println(*(&o.big.tail)) })
	try("small array slice", func() { var p *[3]int; fmt.Println(len(p[:])) })
	try("range", func() {
		var p *[5]int
		for i := range p[:] {
			fmt.Println(i)
		}
	})
	try("len of nil array pointer", func() { var p *[6]int; fmt.Println(len(p)) })
}
