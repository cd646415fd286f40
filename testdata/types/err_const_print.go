package main

func main() {
	var a int = "this is a very long string constant that goes on and on and on and on and on"
	var b int = "tab\there \x01 é 世界 \u00a0 \U0001F600"
	var c int = 1 + 2i
	var d int = 1e100
	var e int = 123456789.5
	var f int = 0.000001234
	var g int = 1.0 / 3.0
	var h int8 = 1e10
	var i string = 'x'
	var j float32 = 1e-50
	var k uint = 1 << 64
	var l int = 2.5e-320
	_, _, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j, k, l
}
