// mm
package main

var handlers []func(int) int

func register(f func(int) int) {
	handlers = append(handlers, f)
}

func main() {
	mult := 3
	register(func(v int) int { return v * mult })
	register(func(v int) int { return v + 1 })
	s := 0
	for _, h := range handlers {
		s += h(10)
	}
	println(s)
}
