package main

import (
	"fmt"
	"strings"
	"sync"
)

func f() int {
	return
}

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int, string, int:
	}
	var n int = nil
	fmt.println("x")
	var b strings.Builder = strings.Builder{addr: nil}
	var wg sync.WaitGroup
	wg.add(1)
	var mu sync.Mutex
	mu.state = 1
	fmt.Println(n, b, f())
	var s []int
	s.append(1)
	s[1:2] = nil
	var p *[]int = &s
	p[0] = 1
	fmt.Println(len(p))
}
