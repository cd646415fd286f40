package main

import (
	"fmt"
	"strings"
)

func a(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 0
	}
}

func b(x int) int {
	for {
		if x > 0 {
			break
		}
	}
}

func c(x int) int {
	for {
	}
}

func d(x interface{}) int {
	switch x.(type) {
	case int:
		return 1
	}
}

func e() (int, string) {
	return 1
}

func main() {
	s := []int{1}
	append(s, 2)
	fmt.Sprintf("x")
	strings.ToUpper("x")
	var is []interface{} = s
	n := 5
	var arr [n]int
	var arr2 [-1]int
	fmt.Println(len(n), is, arr, arr2, "a"+1)
	var x = map[func()]int{}
	_ = x
	y := struct{ s []int }{}
	_ = y == y
}
