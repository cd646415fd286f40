package main

import "fmt"

type Seq func(yield func(int) bool)

func upto(n int) Seq {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (int, int) {
	for i := range upto(5) {
		for j := range upto(5) {
			if i*j == target {
				return i, j
			}
		}
	}
	return 0, 0
}

func grid() []string {
	var out []string
	for i := range upto(3) {
		for j := range upto(3) {
			if j > i {
				break
			}
			if j == 2 {
				continue
			}
			out = append(out, fmt.Sprint(i, "-", j))
		}
	}
	return out
}

func mixed(m map[string]int) int {
	sum := 0
	for i := range upto(3) {
		for _, k := range []string{"a", "b"} {
			sum += m[k] * i
		}
		for j := 0; j < i; j++ {
			for x := range upto(2) {
				sum += x
			}
		}
	}
	return sum
}

func inClosure() func() int {
	return func() int {
		for i := range upto(10) {
			if i == 7 {
				return i
			}
		}
		return -1
	}
}

func main() {
	fmt.Println(find(12))
	fmt.Println(find(100))
	fmt.Println(grid())
	fmt.Println(mixed(map[string]int{"a": 1, "b": 2}))
	fmt.Println(inClosure()())
	c := 0
	for i := range upto(4) {
		for j := range upto(i) {
			for k := range upto(j) {
				c += k
			}
		}
	}
	fmt.Println("c", c)
}
