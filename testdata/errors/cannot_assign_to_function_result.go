package main

import "fmt"

type Box struct{ V int }

func get() Box { return Box{1} }

func main() {
	get().V = 5
	fmt.Println(get())
}
