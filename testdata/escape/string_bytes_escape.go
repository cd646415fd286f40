// mm
package main

var keepBytes []byte
var keepStr string

func main() {
	s := "hello"
	keepBytes = []byte(s)
	b := []byte{'w', 'o', 'r', 'l', 'd'}
	keepStr = string(b)
	println(len(keepBytes), keepStr)
}
