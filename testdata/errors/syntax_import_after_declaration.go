package main

import "fmt"

var version = "1.0"

import "strings"

func main() {
	fmt.Println(strings.ToUpper(version))
}
