package main

import "fmt"

type ErrCode int

type Temperature float64

type Flag bool

func check(t Temperature) {
	if t > 100 {
		panic(t)
	}
}

func main() {
	fmt.Println("checking")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(ErrCode(404))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(Flag(true))
	}()
	check(36.6)
	check(451)
}
