// A constraint with a method: the method is called on the type argument
// (value and pointer receivers), and instances are used through interfaces.
package main

import (
	"fmt"
	"strings"
)

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Name struct{ first, last string }

func (n *Name) String() string { return n.first + " " + n.last }

func Join[T Stringer](xs []T, sep string) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

type Setter[T any] interface {
	*T
	Set(string)
}

type Label struct{ s string }

func (l *Label) Set(s string) { l.s = "<" + s + ">" }

func Build[T any, PT Setter[T]](vals []string) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		PT(&out[i]).Set(v)
	}
	return out
}

type Wrapper[T Stringer] struct{ inner T }

func (w Wrapper[T]) String() string { return "[" + w.inner.String() + "]" }

func main() {
	fmt.Println(Join([]Celsius{1, 2.5}, ", "))
	fmt.Println(Join([]*Name{{"ada", "lovelace"}, {"alan", "turing"}}, "; "))
	fmt.Println(Build[Label]([]string{"a", "b"}))
	w := Wrapper[Celsius]{30}
	fmt.Println(w, Wrapper[Wrapper[Celsius]]{w})
	var s fmt.Stringer = w
	fmt.Printf("%v %T\n", s, s)
	fmt.Println(Join([]fmt.Stringer{w, Celsius(4)}, "|"))
}
