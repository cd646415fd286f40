package main

import (
	"fmt"
	"sort"
	"strings"
)

var registry = map[string]func(string) string{}
var log []string

func register(name string, fn func(string) string) {
	registry[name] = fn
	log = append(log, "registered "+name)
}

// Several init functions run in source order after all variables are set.
func init() {
	register("upper", strings.ToUpper)
	log = append(log, "init 1")
}

func init() {
	register("lower", strings.ToLower)
	log = append(log, "init 2")
}

var table = buildTable()

func buildTable() []int {
	log = append(log, "table built (before any init)")
	return []int{1, 2, 3}
}

func init() {
	register("reverse", func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	})
	table = append(table, 4)
	log = append(log, "init 3")
}

func main() {
	log = append(log, "main")
	for _, l := range log {
		fmt.Println(l)
	}
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s(%q) = %q\n", n, "Hello Go", registry[n]("Hello Go"))
	}
	fmt.Println(table)
}
