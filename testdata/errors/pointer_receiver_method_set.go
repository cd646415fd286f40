package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Incrementer interface{ Inc() }

func main() {
	var c Counter
	var i Incrementer = c
	i.Inc()
	fmt.Println(c.n)
}
