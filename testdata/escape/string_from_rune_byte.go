// mm
package main

var sink string

func main() {
	r := 'é'
	s := string(r)
	var b byte = 'q'
	t := string(rune(b))
	sink = string(rune(0x4e16))
	println(s, t, len(sink))
}
