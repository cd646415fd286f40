// The same generic function instantiated with many type arguments of
// different sizes and pointer layouts: each instance has its own frame and
// stack map (GC under gcstress keeps the pointers alive).
package main

import "fmt"

func Repeat[T any](x T, n int) []T {
	out := make([]T, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, x)
		_ = make([]int, 8)
	}
	return out
}

func Last[T any](xs []T) T { return xs[len(xs)-1] }

type big struct {
	a    [4]int
	s    string
	p    *int
	tail []string
}

func main() {
	v := 42
	fmt.Println(len(Repeat(1, 100)), Last(Repeat("s", 3)))
	b := Last(Repeat(big{a: [4]int{1, 2, 3, 4}, s: "big", p: &v, tail: []string{"t"}}, 200))
	fmt.Println(b.a, b.s, *b.p, b.tail)
	ps := Repeat(&v, 50)
	*ps[10] = 7
	fmt.Println(v, *Last(ps))
	fmt.Println(Last(Repeat([]byte("xy"), 5)), Last(Repeat(3.5, 2)), Last(Repeat(int8(-3), 1)))
	fmt.Println(Last(Repeat(any(nil), 2)), Last(Repeat(map[string]int{"k": 1}, 2)))
	fmt.Println(Last(Repeat(struct{}{}, 3)), len(Repeat(struct{}{}, 3)))
}
