package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger // embedded pointer: shared between services
	name    string
}

type Counter struct {
	n int
}

func (c *Counter) Inc() int { c.n++; return c.n }

type Handler struct {
	Service
	Counter
}

func main() {
	shared := &Logger{prefix: "[app] "}
	a := Service{shared, "auth"}
	b := Service{shared, "billing"}
	a.Logf("%s started", a.name)
	b.Logf("%s started", b.name)
	a.Logf("login user=%d", 42)
	fmt.Println(strings.Join(shared.lines, "\n"))
	fmt.Println("same logger:", a.Logger == b.Logger, len(b.lines))

	h := Handler{Service: Service{&Logger{prefix: "[h] "}, "api"}}
	for i := 0; i < 3; i++ {
		h.Logf("request %d", h.Inc())
	}
	fmt.Println(h.lines, h.n)

	// Copying a struct with an embedded pointer shares the pointee.
	h2 := h
	h2.Logf("from copy")
	h2.Inc()
	fmt.Println(len(h.lines), len(h2.lines), h.n, h2.n)

	var empty Service
	fmt.Println("nil embedded logger:", empty.Logger == nil)
}
