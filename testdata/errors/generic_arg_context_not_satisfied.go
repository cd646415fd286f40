package main

import "fmt"

func Neg[T ~int | ~float64](x T) T { return -x }

func apply(f func(string) string) string { return f("x") }

func main() {
	fmt.Println(apply(Neg))
}
