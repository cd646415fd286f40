package main

import (
	"fmt"
	"strings"
)

func lines(text string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range strings.Split(text, "\n") {
			out <- l
		}
	}()
	return out
}

func nonEmpty(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for l := range in {
			if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
				out <- t
			}
		}
	}()
	return out
}

type kv struct{ key, val string }

func parse(in <-chan string) <-chan kv {
	out := make(chan kv)
	go func() {
		defer close(out)
		for l := range in {
			i := strings.Index(l, "=")
			if i < 0 {
				out <- kv{l, "<missing>"}
				continue
			}
			out <- kv{strings.TrimSpace(l[:i]), strings.TrimSpace(l[i+1:])}
		}
	}()
	return out
}

const config = `
# server settings
host = example.org
port=8080

  debug = true
# trailing comment
timeout
name = gomem = fast
`

func main() {
	n := 0
	for p := range parse(nonEmpty(lines(config))) {
		n++
		fmt.Printf("%d: %q => %q\n", n, p.key, p.val)
	}
	fmt.Println("entries:", n)
}
