package main

import "fmt"

func greet(greeting, name string, times int) {
	for i := 0; i < times; i++ {
		fmt.Println(greeting, name)
	}
}

func main() {
	greet("hello", "gopher")
}
