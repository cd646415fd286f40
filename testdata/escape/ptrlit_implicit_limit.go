// mm
package main

type fits struct {
	data [8192]int64
}

type tooBig struct {
	data [8193]int64
}

func main() {
	a := &fits{}
	b := &tooBig{}
	a.data[0] = 3
	b.data[0] = 4
	println(a.data[0] + b.data[0])
}
