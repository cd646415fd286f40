package main

import (
	"fmt"
	"os"
	"strings"
)

// os.Args: the program name, then the arguments (none in the corpus run).

var progArgs = os.Args[1:]

func main() {
	fmt.Println("argument count:", len(os.Args)-1, len(progArgs))
	fmt.Println("has a name:", len(os.Args) > 0 && os.Args[0] != "")
	fmt.Printf("%q\n", strings.Join(os.Args[1:], ","))
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: prog SRC DST")
		os.Exit(64)
	}
}
