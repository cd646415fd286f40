package main

import (
	"fmt"
	"strings"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any {
		return new(strings.Builder)
	},
}

func render(name string, n int) string {
	b := bufPool.Get().(*strings.Builder)
	defer func() {
		b.Reset()
		bufPool.Put(b)
	}()
	b.WriteString("<")
	b.WriteString(name)
	b.WriteString(">")
	for i := 0; i < n; i++ {
		fmt.Fprintf(b, "[%d]", i)
	}
	b.WriteString("</")
	b.WriteString(name)
	b.WriteString(">")
	return b.String()
}

func main() {
	fmt.Println(render("list", 3))
	fmt.Println(render("empty", 0))
	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = render(fmt.Sprintf("g%d", i), i%3)
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	// A pool without New returns nil when empty.
	var p sync.Pool
	fmt.Println("empty pool:", p.Get())
	// Objects obtained are always usable regardless of reuse.
	sizes := sync.Pool{New: func() any { s := make([]int, 0, 16); return &s }}
	sp := sizes.Get().(*[]int)
	*sp = append(*sp, 1, 2, 3)
	fmt.Println(len(*sp), cap(*sp) >= 16)
	*sp = (*sp)[:0]
	sizes.Put(sp)
	sp2 := sizes.Get().(*[]int)
	fmt.Println("len after get:", len(*sp2))
}
