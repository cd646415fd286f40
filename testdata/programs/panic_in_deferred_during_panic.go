package main

import "fmt"

type Conn struct {
	name  string
	stats map[string]int // never initialised
}

func (c *Conn) Close() {
	fmt.Println("closing", c.name)
	c.stats["closed"]++ // a second panic while the first one is in progress
}

func handle(c *Conn, req string) {
	defer c.Close()
	fmt.Println("handling", req)
	if req == "bad" {
		panic("malformed request: " + req)
	}
}

func main() {
	defer fmt.Println("outer deferred print")
	c := &Conn{name: "db"}
	handle(c, "bad")
	fmt.Println("unreachable")
}
