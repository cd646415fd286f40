package main

import "fmt"

func main() {
	fmt.Println(u1)
	fmt.Println(u2)
	fmt.Println(u3)
	fmt.Println(u4)
	fmt.Println(u5)
	fmt.Println(u6)
	fmt.Println(u7)
	fmt.Println(u8)
	fmt.Println(u9)
}
