package main

import "fmt"

func swallow(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator recovered:", r)
	}()
	yield(1)
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	for v := range swallow {
		fmt.Println("body", v)
		panic("boom")
	}
	fmt.Println("after loop")
}
