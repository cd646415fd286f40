package main

import (
	"fmt"
	"strings"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Handler interface{ Handle(string) string }

type Pipeline []Handler

func (p Pipeline) Handle(s string) string {
	for _, h := range p {
		s = h.Handle(s)
	}
	return s
}

type Retry struct {
	Times int
	Op    func(attempt int) error
}

func (r Retry) Run() (attempts int, err error) {
	for attempts = 1; attempts <= r.Times; attempts++ {
		if err = r.Op(attempts); err == nil {
			return
		}
	}
	attempts--
	return
}

type Op func(float64, float64) float64

func (o Op) Fold(init float64, xs ...float64) float64 {
	for _, x := range xs {
		init = o(init, x)
	}
	return init
}

func main() {
	trim := HandlerFunc(strings.TrimSpace)
	upper := HandlerFunc(strings.ToUpper)
	exclaim := HandlerFunc(func(s string) string { return s + "!" })
	p := Pipeline{trim, upper, exclaim, exclaim}
	fmt.Println(p.Handle("   hello pipeline  "))
	var h Handler = p
	fmt.Println(h.Handle(" nested "))
	nested := Pipeline{p, HandlerFunc(func(s string) string { return "<" + s + ">" })}
	fmt.Println(nested.Handle("x"))

	r := Retry{Times: 5, Op: func(n int) error {
		if n < 3 {
			return fmt.Errorf("attempt %d failed", n)
		}
		return nil
	}}
	fmt.Println(r.Run())
	r.Op = func(n int) error { return fmt.Errorf("always fails (%d)", n) }
	fmt.Println(r.Run())

	sum := Op(func(a, b float64) float64 { return a + b })
	mx := Op(func(a, b float64) float64 { return max(a, b) })
	fmt.Println(sum.Fold(0, 1, 2, 3.5), mx.Fold(-1e9, 3, 9, 2))
}
