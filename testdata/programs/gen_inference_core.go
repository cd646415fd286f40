// Inference and builtins through type sets: append of a string-or-bytes
// type parameter to a byte slice, a type argument that is itself a type
// parameter inferred through its core type, and a named generic func type
// inferred from a func literal.
package main

import "fmt"

func appendAll[S ~string | ~[]byte](dst []byte, parts ...S) []byte {
	for _, p := range parts {
		dst = append(dst, p...)
	}
	return dst
}

func contains[S ~[]E, E comparable](s S, v E) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// T's core type is []E, so contains infers S = T and E from it.
func allIn[E comparable, T []E](xs, ys T) bool {
	for _, x := range xs {
		if !contains(ys, x) {
			return false
		}
	}
	return true
}

type Combine[A, B, R any] func(a A, b B) R

func apply[A, B, R any](f Combine[A, B, R], a A, b B) R { return f(a, b) }

type label string

func main() {
	fmt.Println(string(appendAll([]byte("x:"), "ab", "cd")))
	fmt.Println(string(appendAll(nil, []byte("12"), []byte("34"))))
	fmt.Println(string(appendAll([]byte{}, label("l1"), label("l2"))))
	fmt.Println(allIn([]int{1, 2}, []int{2, 1, 3}), allIn([]string{"a", "z"}, []string{"a"}))
	fmt.Println(apply(func(a int, b string) string { return fmt.Sprint(a, b) }, 7, "x"))
}
