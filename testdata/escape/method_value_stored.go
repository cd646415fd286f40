// mm
package main

type logger struct{ prefix string }

func (l *logger) log(s string) int { return len(l.prefix) + len(s) }

var saved func(string) int

func main() {
	l := logger{prefix: "app: "}
	saved = l.log
	println(saved("hello"))
}
