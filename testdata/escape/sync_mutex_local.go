// mm
package main

import "sync"

func main() {
	var mu sync.Mutex
	n := 0
	mu.Lock()
	n++
	mu.Unlock()
	println(n)
}
