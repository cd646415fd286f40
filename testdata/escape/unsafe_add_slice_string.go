// mm
package main

import "unsafe"

func second(p *[4]int) int {
	q := (*int)(unsafe.Add(unsafe.Pointer(p), unsafe.Sizeof(p[0])))
	return *q
}

func main() {
	arr := [4]int{10, 20, 30, 40}
	s := unsafe.Slice(&arr[0], 3)
	b := []byte("bytes")
	str := unsafe.String(&b[0], len(b))
	println(second(&arr), len(s), str)
}
