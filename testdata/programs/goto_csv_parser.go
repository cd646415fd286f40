package main

import (
	"fmt"
	"strings"
)

// A tiny CSV record parser written as an explicit state machine with goto,
// the way hand-written lexers sometimes are.
var isSpace [256]bool

func init() {
	for _, c := range " \t\r" {
		isSpace[c] = true
	}
}

func parseRecord(line string) ([]string, error) {
	var fields []string
	var cur strings.Builder
	i := 0
	var c byte

fieldStart:
	for i < len(line) && isSpace[line[i]] {
		i++
	}
	if i < len(line) && line[i] == '"' {
		i++
		goto quoted
	}
	goto plain

plain:
	for i < len(line) && line[i] != ',' {
		cur.WriteByte(line[i])
		i++
	}
	goto fieldEnd

quoted:
	if i >= len(line) {
		return nil, fmt.Errorf("unterminated quote in %q", line)
	}
	c = line[i]
	i++
	if c == '"' {
		if i < len(line) && line[i] == '"' { // escaped quote
			cur.WriteByte('"')
			i++
			goto quoted
		}
		for i < len(line) && line[i] != ',' {
			i++
		}
		goto fieldEnd
	}
	cur.WriteByte(c)
	goto quoted

fieldEnd:
	fields = append(fields, strings.TrimRight(cur.String(), " \t"))
	cur.Reset()
	if i < len(line) && line[i] == ',' {
		i++
		goto fieldStart
	}
	return fields, nil
}

func main() {
	lines := []string{
		`name, age, city`,
		`"Smith, John", 42, "New York"`,
		`"She said ""hi""",7,`,
		`  plain ,  spaced  ,x`,
		`"broken, 1`,
		``,
	}
	for _, l := range lines {
		f, err := parseRecord(l)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%d fields: %q\n", len(f), f)
	}
}
