package main

import "fmt"

type Setter interface{ Set(int) }

type S struct{ v int }

func (s *S) Set(v int) { s.v = v }

func Init[T Setter](x T) { x.Set(1) }

func main() {
	Init(S{})
	fmt.Println()
}
