// mm
package main

func counter() *int {
	n := 41
	n++
	return &n
}

func main() {
	p := counter()
	*p += 1
	println(*p)
}
