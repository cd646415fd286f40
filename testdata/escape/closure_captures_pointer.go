// mm
package main

type state struct{ n int }

func main() {
	s := &state{}
	bump := func() { s.n++ }
	bump()
	bump()
	println(s.n)
}
