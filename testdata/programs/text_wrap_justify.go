package main

import (
	"fmt"
	"strings"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		if curLen > 0 && curLen+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	letters := 0
	for _, w := range words {
		letters += len(w)
	}
	gaps := len(words) - 1
	spaces := width - letters
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

func center(s string, width int) string {
	pad := width - len(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

const text = `Go is an open source programming language that makes it simple to
build secure, scalable systems. It is expressive, concise, clean, and
efficient. Its concurrency mechanisms make it easy to write programs that
get the most out of multicore and networked machines.`

func main() {
	for _, width := range []int{30, 45} {
		fmt.Println("+" + strings.Repeat("-", width) + "+")
		fmt.Println("|" + center(fmt.Sprintf("width %d", width), width) + "|")
		lines := wrap(text, width)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, width)
			}
			fmt.Printf("|%-*s|\n", width, l)
		}
		fmt.Println("+" + strings.Repeat("-", width) + "+")
	}
}
