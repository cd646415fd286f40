// mm
package main

func main() {
	// 128 KiB exactly: the explicit-variable limit.
	var ok [131072]byte
	// One byte more.
	var over [131073]byte
	ok[1] = 1
	over[1] = 2
	println(ok[1] + over[1])
}
