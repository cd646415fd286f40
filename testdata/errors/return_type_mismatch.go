package main

import "fmt"

func name(id int) string {
	if id == 0 {
		return "root"
	}
	return id
}

func main() {
	fmt.Println(name(1))
}
