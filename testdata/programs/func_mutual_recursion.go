package main

import (
	"fmt"
	"strings"
)

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// A tiny recursive-descent parser for + - * / and parentheses.
type parser struct {
	toks []string
	pos  int
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() int {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		if p.next() == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		if p.next() == "*" {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *parser) factor() int {
	t := p.next()
	if t == "(" {
		v := p.expr()
		p.next() // ")"
		return v
	}
	if t == "-" {
		return -p.factor()
	}
	n := 0
	for _, c := range t {
		n = n*10 + int(c-'0')
	}
	return n
}

func tokenize(s string) []string {
	for _, op := range []string{"+", "-", "*", "/", "(", ")"} {
		s = strings.ReplaceAll(s, op, " "+op+" ")
	}
	return strings.Fields(s)
}

func main() {
	for _, n := range []int{0, 1, 10, 77, 1000} {
		fmt.Printf("%d even=%t odd=%t\n", n, isEven(n), isOdd(n))
	}
	for _, e := range []string{"1+2*3", "(1+2)*3", "100/(2+3)-4", "-(2+3)*-4", "2*(3+(4-1)*2)/3"} {
		p := &parser{toks: tokenize(e)}
		fmt.Printf("%s = %d\n", e, p.expr())
	}
}
