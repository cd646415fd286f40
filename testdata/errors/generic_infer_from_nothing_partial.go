package main

import "fmt"

func Conv[To, From any](f From) To {
	var t To
	return t
}

func main() {
	fmt.Println(Conv(1))
}
