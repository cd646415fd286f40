package main

import "fmt"

func main() {
	path := "C:\users\gopher"
	fmt.Println(path)
}
