// mm
package main

var op = func(p *int) int { return *p * 3 }

func main() {
	y := 5
	println(op(&y))
	local := func(p *int) int { return *p + 1 }
	z := 6
	println(local(&z))
}
