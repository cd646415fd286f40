// mm
package main

type holder struct {
	name *string
	n    int
}

func build(s string) holder {
	return holder{name: &s, n: len(s)}
}

func main() {
	h := build("gopher")
	local := "local"
	h2 := holder{name: &local}
	println(*h.name, h.n, *h2.name)
}
