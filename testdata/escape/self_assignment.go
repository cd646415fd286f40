// mm
package main

type buffer struct {
	buf []byte
	n   int
}

func (b *buffer) skip(k int) {
	b.buf = b.buf[k:]
	b.n += k
}

func main() {
	b := buffer{buf: []byte("abcdef")}
	b.skip(2)
	println(string(b.buf), b.n)
}
