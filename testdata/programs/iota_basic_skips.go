package main

import "fmt"

const (
	A = iota // 0
	B        // 1
	_        // 2 skipped
	D        // 3
	_
	_
	G // 6
)

const (
	X = iota * 10
	Y
	Z = "zed"
	W // repeats "zed"
	V = iota
)

const Single = iota

const (
	first = iota + 1
	second
	third
)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	_
	Error
)

func main() {
	fmt.Println(A, B, D, G)
	fmt.Println(X, Y, Z, W, V)
	fmt.Println("Single:", Single)
	fmt.Println(first, second, third)
	fmt.Println(Debug, Info, Error)
	fmt.Printf("%T %v\n", Error, Error)
	levels := []Level{Debug, Info, Error}
	for _, l := range levels {
		switch l {
		case Debug:
			fmt.Println("debug level", uint8(l))
		case Info:
			fmt.Println("info level", uint8(l))
		case Error:
			fmt.Println("error level", uint8(l))
		}
	}
}
