package main

type A = int
type B = []string
type P = struct{ x int }

func main() {
	var a A
	var s string = a
	var b B
	var i int = b
	var p P
	i = p
	var e any = 1
	i = e
	_, _ = s, i
	var r rune = "x"
	var by byte = "x"
	var u8 uint8 = "y"
	_, _, _ = r, by, u8
}
