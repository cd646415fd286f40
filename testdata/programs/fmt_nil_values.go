package main

import (
	"errors"
	"fmt"
)

type Node struct {
	Val  int
	Next *Node
}

type Speaker interface{ Speak() string }

func main() {
	var s []int
	var m map[string]int
	var p *Node
	var err error
	var iface any
	var sp Speaker
	var fn func()
	var ch chan int
	var bs []byte
	var ps *string

	fmt.Println(s, m, p, err, iface, sp, fn == nil, ch, bs, ps)
	fmt.Printf("%v|%v|%v|%v|%v\n", s, m, p, err, iface)
	fmt.Printf("%+v|%+v|%+v|%+v\n", s, m, p, err)
	fmt.Printf("%#v|%#v|%#v|%#v|%#v\n", s, m, p, err, iface)
	fmt.Printf("%#v|%#v|%#v\n", sp, ch, bs)
	fmt.Printf("%d|%s|%q|%x\n", s, bs, bs, bs)
	fmt.Printf("%T|%T|%T|%T|%T\n", s, m, p, err, iface)
	fmt.Printf("%s|%d\n", err, iface)
	fmt.Printf("%t\n", fn == nil)

	n := Node{Val: 1}
	fmt.Printf("%v %+v\n", n, n)
	fmt.Printf("%#v\n", n)

	wrapped := fmt.Errorf("context: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == nil)
	fmt.Println(fmt.Sprint(nil), fmt.Sprintf("%v", nil), fmt.Sprint(nil, nil), fmt.Sprintln(nil) == "<nil>\n")
	fmt.Println([]any{nil, s, m, p}, map[string]any{"k": nil})
	fmt.Println([]*int{nil, nil}, [2]error{})
	type wrapper struct {
		Err  error
		Data []int
		M    map[int]bool
		P    *int
	}
	fmt.Printf("%v %+v\n", wrapper{}, wrapper{})
	fmt.Println(len(s), cap(s), len(m), m["missing"], s == nil, m == nil, p == nil)
}
