package main

import (
	"fmt"
	"strconv"
)

func main() {
	next := strconv.Atoi("41") + 1
	fmt.Println(next)
}
