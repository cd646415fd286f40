// mm
package main

func inc(m map[string]int, k string) {
	m[k]++
}

func lookup(m map[string]*int, k string) *int {
	return m[k]
}

func main() {
	m := map[string]int{}
	inc(m, "z")
	inc(m, "z")
	x := 5
	pm := map[string]*int{"x": &x}
	println(m["z"], *lookup(pm, "x"))
}
