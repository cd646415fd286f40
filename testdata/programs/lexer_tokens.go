package main

import (
	"fmt"
	"strings"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Op
	Illegal
)

var kindNames = map[Kind]string{EOF: "EOF", Ident: "IDENT", Number: "NUMBER", String: "STRING", Op: "OP", Illegal: "ILLEGAL"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func isLetter(c byte) bool { return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z') }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func lex(src string) []Token {
	var toks []Token
	i := 0
	for {
		for i < len(src) && strings.IndexByte(" \t\n", src[i]) >= 0 {
			i++
		}
		if i >= len(src) {
			toks = append(toks, Token{EOF, "", i})
			return toks
		}
		start := i
		c := src[i]
		kind := Illegal
		switch {
		case isLetter(c):
			for i < len(src) && (isLetter(src[i]) || isDigit(src[i])) {
				i++
			}
			kind = Ident
		case isDigit(c):
			for i < len(src) && (isDigit(src[i]) || src[i] == '.') {
				i++
			}
			kind = Number
		case c == '"':
			i++
			for i < len(src) && src[i] != '"' {
				if src[i] == '\\' {
					i++
				}
				i++
			}
			if i < len(src) {
				i++
				kind = String
			}
		default:
			i++
			switch c {
			case ':', '<', '>', '!', '=':
				if i < len(src) && src[i] == '=' {
					i++
				}
				fallthrough
			case '+', '-', '*', '/', '(', ')', '{', '}', ',', ';':
				kind = Op
			}
		}
		toks = append(toks, Token{kind, src[start:i], start})
	}
}

func main() {
	src := `x := 3.14 * (radius + 2)
if x >= 10 { print("big \"x\"", x) } else { y != z; @ }`
	counts := map[Kind]int{}
	for _, t := range lex(src) {
		counts[t.Kind]++
		fmt.Printf("%3d %-7v %q\n", t.Pos, t.Kind, t.Text)
	}
	fmt.Println(counts)
	fmt.Println(lex(`"unterminated`))
}
