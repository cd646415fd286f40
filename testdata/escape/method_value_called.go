// mm
package main

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func main() {
	var c counter
	f := c.inc
	f()
	f()
	println(c.n)
}
