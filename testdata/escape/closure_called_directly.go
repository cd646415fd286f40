// mm
package main

func main() {
	x := 5
	y := func() int {
		return x * 2
	}()
	z := func(k int) int {
		x += k
		return x
	}(3)
	println(y, z)
}
