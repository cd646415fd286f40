package main

import "fmt"

func main() {
	if true {
		if true {
			for i := 0; i < 1; i++ {
				fmt.Println(i + "x")
			}
		}
	}
}
