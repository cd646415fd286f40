// mm
package main

type named struct{ name string }

func (n *named) rename(s string) { n.name = s }
func (n named) get() string     { return n.name }

type widget struct {
	named
	size int
}

var last *named

func main() {
	w := widget{named{"w"}, 3}
	w.rename("renamed")
	v := widget{named{"v"}, 4}
	last = &v.named
	println(w.get(), last.get(), w.size+v.size)
}
