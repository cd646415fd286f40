package main

import "fmt"

func count(yield func(int) bool) {
	defer fmt.Println("iterator deferred")
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	for v := range count {
		if v == 1 {
			var m map[string]int
			m["x"] = v
		}
		fmt.Println(v)
	}
}
