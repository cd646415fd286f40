// mm
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	result := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		result = 99
	}()
	wg.Wait()
	println(result)
}
