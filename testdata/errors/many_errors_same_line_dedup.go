package main

import "fmt"

func main() {
	fmt.Println(zz, zz, zz, yy, yy)
	fmt.Println(zz + zz + zz)
	a, b, c := 1, 2, 3
}
