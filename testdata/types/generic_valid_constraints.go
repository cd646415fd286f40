package main

import "fmt"

type Integer interface {
	Signed | Unsigned
}
type Signed interface{ ~int | ~int8 | ~int16 | ~int32 | ~int64 }
type Unsigned interface{ ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr }

func Abs[T Signed](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Bits[T Integer](x T) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

type StringerComparable interface {
	comparable
	String() string
}

type Name string

func (n Name) String() string { return string(n) }

func Dedup[T StringerComparable](xs []T) []string {
	seen := map[T]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x.String())
		}
	}
	return out
}

type Bytesish interface{ ~[]byte | ~string }

func FirstByte[T Bytesish](s T) byte { return s[0] }

func Clone[S ~[]E, E any](s S) S { return append(S(nil), s...) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Add(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func Apply[T any](l *List[T], f func(T) T) *List[T] {
	out := &List[T]{}
	l.Each(func(v T) { out.Add(f(v)) })
	return out
}

func Chan[T any](xs ...T) <-chan T {
	c := make(chan T, len(xs))
	for _, x := range xs {
		c <- x
	}
	close(c)
	return c
}

func Collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

type Num interface{ ~int | ~float64 }

func Avg[T Num](xs []T) float64 {
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func Zero[T any]() (z T) { return }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	fmt.Println(Abs(-3), Abs(int8(-4)))
	fmt.Println(Bits(uint8(7)), Bits(-1))
	fmt.Println(Dedup([]Name{"a", "b", "a"}))
	fmt.Println(FirstByte("hi"), FirstByte([]byte{9}))
	fmt.Println(Clone([]int{1, 2}))
	l := &List[int]{}
	l.Add(1)
	l.Add(2)
	Apply(l, func(i int) int { return i * 10 }).Each(func(i int) { fmt.Print(i, ",") })
	fmt.Println()
	fmt.Println(Collect(Chan(1, 2, 3)))
	fmt.Println(Avg([]int{1, 2}), Avg([]float64{1, 2, 4}))
	fmt.Println(Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Println(Must(fmt.Sprint("ok"), nil))
}
