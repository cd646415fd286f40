package main

import (
	"fmt"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l IntList) Map(f func(int) int) IntList {
	out := make(IntList, len(l))
	for i, v := range l {
		out[i] = f(v)
	}
	return out
}

func (l *IntList) Push(v ...int) { *l = append(*l, v...) }

func (l IntList) String() string {
	parts := make([]string, len(l))
	for i, v := range l {
		parts[i] = fmt.Sprint(v)
	}
	return "IntList(" + strings.Join(parts, ",") + ")"
}

type Set map[string]bool

func (s Set) Add(items ...string) Set {
	for _, it := range items {
		s[it] = true
	}
	return s
}

func (s Set) Has(x string) bool { return s[x] }

func (s Set) Intersect(o Set) Set {
	r := Set{}
	for k := range s {
		if o[k] {
			r[k] = true
		}
	}
	return r
}

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

func main() {
	var l IntList
	l.Push(1, 2, 3)
	l.Push(4)
	fmt.Println(l, l.Sum(), len(l))
	fmt.Println(l.Map(func(x int) int { return x * 10 }))
	fmt.Printf("%v %d\n", l, l)
	a := Set{}.Add("x", "y", "z")
	b := Set{}.Add("y", "z", "w")
	fmt.Println(a.Intersect(b), a.Has("x"), b.Has("x"))
	for _, c := range []Celsius{-40, 0, 37, 100} {
		f := c.ToF()
		fmt.Printf("%.1fC = %.1fF = %.1fC\n", c, f, f.ToC())
	}
}
