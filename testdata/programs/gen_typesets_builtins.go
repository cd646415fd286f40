// Type sets without a core type (~string | ~[]byte: indexing, conversion
// to string), range over an integer of type-parameter type, the
// min/max/clear builtins on type parameters, and aliases of instances.
package main

import "fmt"

type Bytes interface{ ~string | ~[]byte }

func FirstTwo[S Bytes](s S) (byte, byte) {
	return s[0], s[1]
}

func Upper[S Bytes](s S) string {
	b := []byte(string(s))
	for i := range b {
		if 'a' <= b[i] && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return string(b)
}

func Triangle[T ~int](n T) T {
	var s T
	for i := range n {
		s += i
	}
	return s
}

func Clamp[T ~int | ~float64](x, lo, hi T) T { return max(lo, min(x, hi)) }

func Reset[M ~map[K]V, K comparable, V any](m M) int {
	n := len(m)
	clear(m)
	return n + len(m)
}

type List[T any] struct{ xs []T }

func (l *List[T]) Add(x T) *List[T] { l.xs = append(l.xs, x); return l }

type IntList = List[int]

type small int

func main() {
	fmt.Println(FirstTwo("hello"))
	fmt.Println(FirstTwo([]byte{7, 8, 9}))
	fmt.Println(Upper("gopher"), Upper([]byte("abc")))
	fmt.Println(Triangle(5), Triangle[small](20))
	fmt.Println(Clamp(15, 0, 10), Clamp(-0.5, 0, 1), Clamp(3, 1, 5))
	fmt.Println(Reset(map[string]int{"a": 1, "b": 2}))
	var l IntList
	l.Add(1).Add(2)
	fmt.Printf("%v %T\n", l.xs, l)
}
