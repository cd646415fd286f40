package main

import "fmt"

func main() {
	work := func() { fmt.Println("work") }
	go work
}
