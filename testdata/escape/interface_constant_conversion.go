// mm
package main

var sink interface{}

func main() {
	sink = 42
	sink = "hello"
	sink = true
	var small uint8 = 200
	sink = small
	println(sink.(uint8))
}
