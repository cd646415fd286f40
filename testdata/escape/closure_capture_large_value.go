// mm
package main

type big struct {
	a [40]int
}

func main() {
	var b big
	b.a[3] = 9
	f := func() int { return b.a[3] }
	println(f())
}
