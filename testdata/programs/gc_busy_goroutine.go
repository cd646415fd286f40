// A goroutine that does nothing but collect garbage, beside a main that
// keeps copying values through globals and yields between steps: the
// collector's goroutine must not starve main (runtime.GC blocks only its
// caller), and every copy must survive the write barriers.
package main

import (
	"fmt"
	"runtime"
)

type record struct {
	name, kind, owner, place, note string
}

var first, second record

func build(i int) record {
	return record{fmt.Sprint("r", i), "k", "o", "p", "n"}
}

func main() {
	go func() {
		for {
			runtime.GC()
		}
	}()
	same := 0
	for i := 0; i < 300; i++ {
		runtime.Gosched()
		first = build(i)
		second = first
		if first == second {
			same++
		}
	}
	fmt.Println("copies equal:", same, "last:", second.name)
}
