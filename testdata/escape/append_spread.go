// mm
package main

func join(a, b []string) []string {
	out := append([]string(nil), a...)
	return append(out, b...)
}

func main() {
	x := []string{"a", "b"}
	y := []string{"c"}
	z := join(x, y)
	println(len(z), z[2])
}
