// mm
package main

type server struct {
	handler func(string) int
}

func (s *server) handle(h func(string) int) {
	s.handler = h
}

func main() {
	var s server
	s.handle(func(x string) int { return len(x) })
	println(s.handler("abcd"))
}
