package main

import (
	"fmt"
	"runtime"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%-16s runtime.Error: %v\n", name, re)
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%-16s error: %v\n", name, err)
			return
		}
		fmt.Printf("%-16s other: %v\n", name, r)
	}()
	f()
}

type T struct{ v int }

func main() {
	var nilMap map[string]int
	var nilPtr *T
	var iface any = "str"
	var nilIface any
	s := []int{1, 2, 3}
	idx := 5
	zero := 0
	catch("index", func() { _ = s[idx] })
	catch("slice bounds", func() { _ = s[1:idx] })
	catch("slice inverted", func() { lo := 3; _ = s[lo:2:3] })
	catch("nil map write", func() { nilMap["a"] = 1 })
	catch("nil deref", func() { _ = nilPtr.v })
	catch("divide", func() { _ = 10 / zero })
	catch("assert", func() { _ = iface.(int) })
	catch("assert nil", func() { _ = nilIface.(string) })
	catch("assert iface", func() { _ = iface.(fmt.Stringer) })
	catch("closed chan", func() { c := make(chan int); close(c); close(c) })
	catch("nil chan close", func() { var c chan int; close(c) })
	catch("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	catch("make negative", func() { n := -1; _ = make([]int, n) })
	catch("array index", func() { var a [4]int; i := 4; a[i%8] = 1 })
	catch("string index", func() { str := "abc"; _ = str[idx] })
	catch("conversion", func() { _ = [4]int(s) })
	catch("custom", func() { panic(fmt.Sprintf("custom %d", 42)) })
	catch("nil panic", func() { panic(nil) })
	fmt.Println("all caught")
}
