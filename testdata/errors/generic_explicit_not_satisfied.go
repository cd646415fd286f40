package main

import "fmt"

type Signed interface{ ~int | ~int8 | ~int16 | ~int32 | ~int64 }

func Abs[T Signed](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	fmt.Println(Abs[uint](3))
}
