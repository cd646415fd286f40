// mm
package main

import "sync"

type safeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *safeCounter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	c := safeCounter{m: map[string]int{}}
	c.inc("a")
	c.inc("a")
	println(c.m["a"])
}
