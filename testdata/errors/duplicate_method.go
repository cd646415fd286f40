package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func (c *Counter) Inc() { c.n += 2 }

func main() {
	var c Counter
	c.Inc()
	fmt.Println(c.n)
}
