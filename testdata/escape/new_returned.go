// mm
package main

type config struct {
	retries int
	verbose bool
}

func defaults() *config {
	c := new(config)
	c.retries = 3
	return c
}

func main() {
	c := defaults()
	println(c.retries, c.verbose)
}
