// mm
package main

var hook func() int

func install(n int) {
	total := n
	hook = func() int {
		total++
		return total
	}
}

func main() {
	install(10)
	hook()
	println(hook())
}
