package main

import (
	"fmt"
	"strconv"
)

type Cell struct{ raw string }

type Integer interface{ ~int | ~int32 | ~int64 }

// Go 1.27 allows type parameters on methods of concrete types.
func (c Cell) As[T Integer]() T {
	n, _ := strconv.Atoi(c.raw)
	return T(n)
}

func main() {
	c := Cell{"42"}
	fmt.Println(c.As[int64]())
	fmt.Println(c.As[float64]())
}
