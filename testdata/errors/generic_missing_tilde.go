package main

import "fmt"

type Int interface{ int }

type MyInt int

func Double[T Int](x T) T { return x * 2 }

func main() {
	fmt.Println(Double(MyInt(2)))
}
