package main

import (
	"fmt"
	"os"
)

type Animal interface {
	Sound() string
}

type Dog struct{}

func (d Dog) Sound() string { return "woof" }

func describe(a Animal) {}

func main() {
	describe(Dog{}, 1)
	describe()
	var d *Dog
	describe(d)
	var x interface{} = Dog{}
	describe(x)
	n := 5
	n()
	var f float64 = n
	_ = f
	s := "abc"
	s[0] = 'x'
	const c = 10
	c = 5
	ptr := &n
	*ptr++
	ptr++
	var arr [3]int
	arr = append(arr, 1)
	len := 3
	_ = len("x")
	fmt.Println(os.Args[0:1:2])
	var ch chan int
	ch <- "x"
}
