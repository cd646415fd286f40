// mm
package main

func run(f func()) { f() }

func main() {
	count := 0
	inc := func() { count++ }
	run(inc)
	run(inc)
	println(count)
}
