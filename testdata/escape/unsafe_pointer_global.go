// mm
package main

import "unsafe"

var raw unsafe.Pointer

type pair struct{ a, b int64 }

func stash(p *pair) {
	raw = unsafe.Pointer(p)
}

func main() {
	pr := pair{1, 2}
	stash(&pr)
	back := (*pair)(raw)
	println(back.b, unsafe.Sizeof(pr), unsafe.Offsetof(pr.b))
}
