package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

// parser uses panics internally and converts them to errors at the API boundary.
type parser struct {
	lines []string
	line  int
}

func (p *parser) fail(format string, args ...any) {
	panic(&ParseError{p.line + 1, fmt.Sprintf(format, args...)})
}

func (p *parser) parseNumber(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		p.fail("bad number %q", s)
	}
	if n < 0 {
		p.fail("negative number %d", n)
	}
	return n
}

func Sum(lines []string) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*ParseError)
			if !ok {
				panic(r) // not ours
			}
			err = pe
		}
	}()
	p := &parser{lines: lines}
	for p.line = range lines {
		total += p.parseNumber(lines[p.line])
	}
	return total, nil
}

func main() {
	inputs := [][]string{
		{"1", "2", "3"},
		{"10", "x", "30"},
		{"5", "-7"},
		{},
	}
	for _, in := range inputs {
		total, err := Sum(in)
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%v -> error at line %d: %v\n", in, pe.Line, err)
			continue
		}
		fmt.Printf("%v -> total %d\n", in, total)
	}
}
