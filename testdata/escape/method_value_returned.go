// mm
package main

type greeter struct{ greeting string }

func (g *greeter) greet(name string) string { return g.greeting + ", " + name }

func greeterFunc(word string) func(string) string {
	g := &greeter{greeting: word}
	return g.greet
}

func main() {
	f := greeterFunc("hi")
	println(f("bob"))
}
