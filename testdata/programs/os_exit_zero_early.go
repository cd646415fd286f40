package main

import (
	"fmt"
	"os"
)

type Search struct {
	target int
	steps  int
}

func (s *Search) finish(found int) {
	fmt.Printf("found %d after %d steps\n", found, s.steps)
	os.Exit(0) // status 0, but deferred calls are still skipped
}

func main() {
	defer fmt.Println("not printed: os.Exit skips defers even with status 0")
	s := &Search{target: 50}
	for i := 0; ; i++ {
		s.steps++
		if i*i > s.target {
			s.finish(i * i)
		}
	}
}
