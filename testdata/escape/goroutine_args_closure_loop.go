// mm
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	out := make([]string, 3)
	names := []string{"a", "b", "c"}
	for i, n := range names {
		wg.Add(1)
		go func(idx int, name string) {
			defer wg.Done()
			out[idx] = name + name
		}(i, n)
	}
	wg.Wait()
	println(out[0], out[1], out[2])
}
