package main

import "fmt"

func main() {
	var	name	string	=	42
	fmt.Println(name)
}
