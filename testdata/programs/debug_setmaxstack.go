package main

import (
	"fmt"
	"runtime/debug"
)

type List struct {
	val  int
	next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.val + l.next.Sum()
}

func build(n int) *List {
	var l *List
	for i := 1; i <= n; i++ {
		l = &List{i, l}
	}
	return l
}

func main() {
	prev := debug.SetMaxStack(64 << 20)
	fmt.Println("default limit:", prev)
	fmt.Println("sum of 10000:", build(10000).Sum())
	fmt.Println("previous:", debug.SetMaxStack(1<<20))
	cyc := &List{val: 1}
	cyc.next = cyc
	fmt.Println(cyc.Sum())
}
