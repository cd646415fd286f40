package main

import "fmt"

func main() {
	x := 10
	var f float64 = 2
	fmt.Println(x << f)
	fmt.Println(1.5 << x)
	fmt.Println(x >> -1)
	var s string = 'a'
	var r rune = "a"
	fmt.Println(s, r, string(65), int64(1e20))
	const big = 1 << 64
	fmt.Println(uint64(big))
	fmt.Println(big)
	var u uint64 = big - 1
	fmt.Println(u, -u, ^0, 5 / 2.0, 1e400)
	fmt.Println(float32(1e39))
}
