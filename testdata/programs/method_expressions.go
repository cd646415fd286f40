package main

import (
	"fmt"
	"sort"
)

type Vec struct{ X, Y float64 }

func (v Vec) Add(w Vec) Vec       { return Vec{v.X + w.X, v.Y + w.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v Vec) Dot(w Vec) float64   { return v.X*w.X + v.Y*w.Y }
func (v *Vec) Normalize()         { l := v.Dot(*v); v.X /= l; v.Y /= l }
func (v Vec) String() string      { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	add := Vec.Add // func(Vec, Vec) Vec
	scale := Vec.Scale
	fmt.Printf("%T\n%T\n", add, scale)
	a, b := Vec{1, 2}, Vec{3, 4}
	fmt.Println(add(a, b), scale(a, 3), Vec.Dot(a, b))

	norm := (*Vec).Normalize // func(*Vec)
	fmt.Printf("%T\n", norm)
	c := Vec{3, 4}
	norm(&c)
	fmt.Println(c)

	// Pointer method expressions also accept value methods.
	pstr := (*Vec).String
	fmt.Println(pstr(&a))

	// Table of operations built from method expressions.
	ops := map[string]func(Vec, Vec) Vec{
		"add": Vec.Add,
		"sub": func(v, w Vec) Vec { return v.Add(w.Scale(-1)) },
	}
	keys := []string{}
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](b, a))
	}
	words := byLen{"banana", "kiwi", "fig", "cherries", "apple"}
	sort.Sort(words)
	fmt.Println(words, byLen.Len(words), sort.IsSorted(words))
	swap := byLen.Swap
	swap(words, 0, len(words)-1)
	fmt.Println(words)
}
