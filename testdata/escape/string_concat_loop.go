// mm
package main

var last string

func main() {
	s := ""
	for i := 0; i < 4; i++ {
		s += "ab"
	}
	last = s + "!"
	println(s, last)
}
