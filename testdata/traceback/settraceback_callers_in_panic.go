package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	defer func() {
		recover()
		pcs := make([]uintptr, 10)
		n := runtime.Callers(1, pcs)
		fr := runtime.CallersFrames(pcs[:n])
		for {
			f, more := fr.Next()
			fmt.Println(f.Function, f.Line)
			if !more {
				break
			}
		}
		debug.SetTraceback("all")
		go func() { select {} }()
		panic("again")
	}()
	panic("first")
}
