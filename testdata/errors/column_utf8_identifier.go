package main

import "fmt"

func main() {
	café, naïve := 1, 2; fmt.Println(café + "x")
}
