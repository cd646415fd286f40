package main

import "fmt"

func main() {
	user := "gopher"
	fmt.Println(@user)
}
