package main

import "fmt"

type Stats struct {
	name    string
	samples []int
}

func (s Stats) Mean() int {
	sum := 0
	for _, x := range s.samples {
		sum += x
	}
	return sum / len(s.samples) // zero samples: integer divide by zero
}

func main() {
	series := []Stats{
		{"latency", []int{12, 15, 11, 30}},
		{"errors", []int{0, 1, 0}},
		{"empty", nil},
	}
	for _, s := range series {
		fmt.Printf("%-8s mean=%d\n", s.name, s.Mean())
	}
}
