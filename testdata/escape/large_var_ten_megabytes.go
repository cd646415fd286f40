// mm
package main

func main() {
	// Both sides of 10 MiB: well past the 128 KiB explicit limit,
	// so both are moved to the heap.
	var huge [10 << 20]byte
	var huger [10<<20 + 1]byte
	huge[0] = 1
	huger[len(huger)-1] = 2
	println(huge[0] + huger[len(huger)-1])
}
