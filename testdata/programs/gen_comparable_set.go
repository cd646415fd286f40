// A generic set over comparable keys (map[T]struct{}), with methods
// returning other instances, and struct keys.
package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] map[T]struct{}

func Of[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)           { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool      { _, ok := s[x]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type pt struct{ x, y int }

func main() {
	a := Of(1, 2, 3)
	b := Of(3, 4)
	u := a.Union(b)
	keys := []int{}
	for k := range u {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(u.Len(), keys, u.Has(4), u.Has(9))
	ps := Of(pt{1, 2}, pt{1, 2}, pt{2, 1})
	fmt.Println(ps.Len(), ps.Has(pt{2, 1}))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]pt{{1, 1}}, pt{0, 0}))
	var e any = 1
	fmt.Println(Index([]any{"a", 1, 2.0}, e))
	fmt.Printf("%T\n", ps)
}
