package main

import (
	"fmt"
	"os"
)

const argc = len(os.Args)

func main() {
	fmt.Println(argc)
}
