// mm
package main

import "sync"

var once sync.Once
var value *int

func get() *int {
	once.Do(func() {
		v := 5
		value = &v
	})
	return value
}

func main() {
	println(*get() + *get())
}
