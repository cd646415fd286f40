// Timers across garbage collections: sleeping goroutines hold heap data on
// their stacks, timer channels are reachable only from pending timers
// (time.After in abandoned selects) and fired values wait in timer
// channels while the program allocates and collects.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

type node struct {
	next *node
	val  int
	name string
}

func build(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{next: h, val: i, name: strings.Repeat("x", i%7)}
	}
	return h
}

func sum(h *node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.val + len(h.name)
	}
	return s
}

func main() {
	// Sleepers keep their lists on their stacks across collections.
	out := make(chan int)
	for i := 1; i <= 4; i++ {
		go func(i int) {
			l := build(1000 * i)
			time.Sleep(time.Duration(5*i) * time.Millisecond)
			out <- sum(l)
		}(i)
	}
	garbage := 0
	for i := 0; i < 4; i++ {
		for j := 0; j < 200; j++ {
			garbage += len(build(50).name)
		}
		runtime.GC()
		fmt.Println("sum", <-out)
	}

	// Many abandoned time.After timers: their channels live only in the timers.
	ch := make(chan *node, 1)
	hits := 0
	for i := 0; i < 200; i++ {
		ch <- build(10)
		select {
		case n := <-ch:
			hits += n.val
		case <-time.After(time.Hour):
			fmt.Println("unexpected")
		}
		if i%50 == 0 {
			runtime.GC()
		}
	}
	fmt.Println("hits", hits)

	// Abandoned timers that fire after a collection: their channels must still exist.
	for i := 0; i < 50; i++ {
		select {
		case ch <- build(3):
			<-ch
		case <-time.After(3 * time.Millisecond):
			fmt.Println("unexpected")
		}
	}
	runtime.GC()
	for i := 0; i < 100; i++ {
		_ = build(20)
	}
	time.Sleep(10 * time.Millisecond)
	runtime.GC()
	fmt.Println("abandoned timers fired", sum(build(30)))

	// Fired values wait in timer channels while the heap churns.
	var timers []*time.Timer
	for i := 0; i < 20; i++ {
		timers = append(timers, time.NewTimer(time.Millisecond))
	}
	time.Sleep(10 * time.Millisecond)
	for i := 0; i < 100; i++ {
		_ = build(100)
	}
	runtime.GC()
	got := 0
	for _, t := range timers {
		v := <-t.C
		if !v.IsZero() && v.Before(time.Now().Add(time.Second)) {
			got++
		}
	}
	fmt.Println("timer values received", got)

	// A ticker feeding a consumer while both allocate.
	tk := time.NewTicker(2 * time.Millisecond)
	total := 0
	for i := 0; i < 5; i++ {
		<-tk.C
		total += sum(build(500))
		runtime.GC()
	}
	tk.Stop()
	fmt.Println("ticker total", total, garbage >= 0)
}
