package main

import (
	"fmt"
	"strconv"
)

func main() {
	if v, err := strconv.Atoi("12"); err != nil {
		fmt.Println("bad input")
	}
}
