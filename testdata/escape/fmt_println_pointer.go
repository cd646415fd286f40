package main

import "fmt"

type pt struct{ x, y int }

func main() {
	p := pt{1, 2}
	q := &pt{3, 4}
	fmt.Println(p, *q, q.x)
	n := 5
	fmt.Println(&n != nil)
}
