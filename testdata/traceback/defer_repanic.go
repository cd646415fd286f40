package main

import (
	"errors"
	"fmt"
)

var cleanup = func() {
	panic(errors.New("cleanup failed"))
}

func work(n int) {
	defer cleanup()
	if n > 2 {
		var m map[string]int
		m["x"] = n
	}
	fmt.Println("work", n)
}

func main() {
	for i := 0; i < 5; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil && i < 2 {
					fmt.Println("recovered:", r)
				} else if r != nil {
					panic(fmt.Sprint("again: ", r))
				}
			}()
			work(i + 1)
		}()
	}
}
