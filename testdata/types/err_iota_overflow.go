package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
	ZB
)

const f1 = 1.0 / 3
const f2 = 1e6
const f3 = 2.5e-7
const i1 = 'a' + 1
const s1 = "hello" + " world"
const c1 = 1 + 2i

func main() {
	var a int = ZB
	var b int32 = 1 << 31
	var c = 1.5 << 2
	var d uint = 3.0
	var e float32 = f1
	var g int = f2
	var h int = f3
	var i byte = i1 + 200
	var j = -5 % 3
	var k = 7.0 / 2
	var l int = c1
	fmt.Println(a, b, c, d, e, g, h, i, j, k, l)
}
