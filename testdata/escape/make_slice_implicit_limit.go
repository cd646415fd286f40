// mm
package main

func main() {
	// 64 KiB exactly: the implicit-allocation limit.
	small := make([]byte, 65536)
	// One byte more.
	large := make([]byte, 65537)
	small[0] = 1
	large[65536] = 2
	ints := make([]int64, 8192)
	more := make([]int64, 8193)
	println(small[0]+large[65536], len(ints), len(more))
}
