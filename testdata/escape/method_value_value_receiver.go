// mm
package main

type temp struct{ c int }

func (t temp) f() int { return t.c*9/5 + 32 }

func callTwice(g func() int) int { return g() + g() }

var keep func() int

func main() {
	t := temp{c: 100}
	println(callTwice(t.f))
	keep = t.f
	println(keep())
}
