// mm
package main

func greet(name string) string {
	return "hello, " + name + "!"
}

func main() {
	a := "x"
	b := "y"
	c := a + b
	println(greet("gopher"), len(c), a+b == "xy")
}
