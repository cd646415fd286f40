// mm
package main

var total int

func add(n int) { total += n }

func main() {
	for i := 0; i < 3; i++ {
		defer add(i)
	}
	defer add(10)
	println("deferred")
}
