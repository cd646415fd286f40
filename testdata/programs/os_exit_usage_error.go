package main

import (
	"fmt"
	"os"
	"strconv"
)

func usage() {
	fmt.Fprintf(os.Stderr, "usage: %s COUNT WORD\n", "repeat")
	fmt.Fprintln(os.Stderr, "  COUNT  number of repetitions (1-10)")
	fmt.Fprintln(os.Stderr, "  WORD   the word to repeat")
}

func main() {
	args := os.Args[1:] // no arguments are given
	fmt.Println("got", len(args), "arguments")
	if len(args) != 2 {
		usage()
		os.Exit(1)
	}
	n, err := strconv.Atoi(args[0])
	if err != nil {
		os.Exit(2)
	}
	for i := 0; i < n; i++ {
		fmt.Println(args[1])
	}
}
