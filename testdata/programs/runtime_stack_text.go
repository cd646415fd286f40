package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// shape keeps each frame's function and file:line (Go's paths and pc
// offsets depend on the build).
func shape(trace string) string {
	var out []string
	for _, l := range strings.Split(strings.TrimRight(trace, "\n"), "\n") {
		if strings.HasPrefix(l, "\t") {
			l = l[strings.LastIndex(l, "/")+1:]
			if i := strings.Index(l, " "); i >= 0 {
				l = l[:i]
			}
			l = "\t" + l
		} else if strings.HasPrefix(l, "goroutine ") {
			// ids past 1 depend on Go's scheduler: keep the status only
			l = "goroutine " + l[strings.Index(l, " ["):]
		} else if i := strings.LastIndex(l, "("); i > 0 {
			l = l[:i]
		}
		if strings.HasPrefix(l, "created by ") {
			l = l[:strings.LastIndex(l, " in goroutine")]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

type Tree struct{ left, right *Tree }

func (t *Tree) walk(depth int) string {
	if depth == 0 {
		buf := make([]byte, 4096)
		n := runtime.Stack(buf, false)
		return string(buf[:n])
	}
	return t.walk(depth - 1)
}

func main() {
	fmt.Println(shape((&Tree{}).walk(2)))
	fmt.Println(shape(string(debug.Stack())))
	ready := make(chan bool)
	stop := make(chan bool)
	go func() {
		ready <- true
		<-stop
	}()
	<-ready
	buf := make([]byte, 8192)
	n := runtime.Stack(buf, true)
	fmt.Println(shape(string(buf[:n])))
	close(stop)
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			fmt.Println(shape(string(debug.Stack())))
		}()
		var m map[int]int
		m[1] = 2
	}()
}
