package main

import "fmt"

func main() {
	s := "ünïcödé ✓"	+ )
	fmt.Println(s)
}
