package main

import "fmt"

func main() {
	for i, v := range 10 {
		fmt.Println(i, v)
	}
}
