package main

import "fmt"

type Flag bool

func each(yield func(string) Flag) {
	yield("a")
}

func main() {
	for s := range each {
		fmt.Println(s)
	}
}
