package main

import "fmt"

type MyInt int

func main() {
	fmt.Println(int(3.5), uint8(256), int8(-129), float32(1e50), string(-1), MyInt(1.5))
	const c = 10
	var x uint8 = c * 30
	var y = uint8(c) * 30
	var z int = 1e3
	var w int = 1e-3
	fmt.Println(x, y, z, w, 5 % 2.0, 5.5 % 2)
}
