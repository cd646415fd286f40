package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func logf(level string, format string, args ...any) {
	fmt.Printf("[%s] "+format+"\n", append([]any{level}, args...)...)
}

func appendUnique(dst []string, items ...string) []string {
outer:
	for _, it := range items {
		for _, d := range dst {
			if d == it {
				continue outer
			}
		}
		dst = append(dst, it)
	}
	return dst
}

func modifyFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func describe(args ...any) {
	fmt.Printf("%d args, nil=%t: %v\n", len(args), args == nil, args)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	fmt.Println(join("-"), join("-", "a"), join(", ", "x", "y", "z"))
	logf("INFO", "%s has %d items", "cart", 3)
	logf("WARN", "no args")
	set := appendUnique(nil, "a", "b", "a")
	set = appendUnique(set, "c", "b", "d")
	fmt.Println(set)
	// Passing a slice with ... shares the backing array.
	modifyFirst(nums...)
	fmt.Println(nums)
	modifyFirst(1, 2, 3) // fresh slice, nothing visible
	describe()
	describe(nil)
	describe(1, "two", 3.0)
	var noArgs []any
	describe(noArgs...)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(max(3, 7, 1), min(2.5, -1.0, 0))
}
