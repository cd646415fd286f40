// Order of evaluation: calls in a statement run left to right (receivers
// and function values that hold calls before the arguments); in a tuple
// assignment the index and pointer operands on the left and the values on
// the right are evaluated first, then the stores happen left to right.
package main

import "fmt"

var trace string

func note(s string) { trace += s + " " }

type Acc int

func (a Acc) add(s string) Acc { note("add(" + s + ")"); return a + 1 }
func (Acc) tag(s string) string  { note("tag(" + s + ")"); return s }

type Step func(s string) Step

func step(s string) Step { note("step(" + s + ")"); return step }

type Chain interface {
	next(s string) Chain
	name(s string) string
}

type link int

func (l link) next(s string) Chain { note("next(" + s + ")"); return l + 1 }
func (link) name(s string) string   { note("name(" + s + ")"); return s }

func idx(i int, s string) int { note("idx(" + s + ")"); return i }
func val(v int, s string) int { note("val(" + s + ")"); return v }

func reset(label string) { fmt.Println(label, trace); trace = "" }

func main() {
	var a Acc
	a.add("x").add(a.tag("y"))
	reset("method chain:")
	step("1")(a.tag("2"))(a.tag("3"))
	reset("func values:")
	var c Chain = link(0)
	c.next("p").next(c.name("q")).name(c.next("r").name("s"))
	reset("interface chain:")
	s := a.add("l").tag("m") + a.add("n").tag("o")
	reset("binary " + s + ":")

	// Tuple assignments.
	xs := []int{0, 0, 0, 0}
	i := 1
	i, xs[i] = 2, 9
	fmt.Println("i, xs[i] =", i, xs)
	xs[idx(0, "a")], xs[idx(3, "b")] = val(5, "c"), val(6, "d")
	reset(fmt.Sprint("indexed ", xs, ":"))
	p, q := new(int), new(int)
	old := p
	*p, p = 7, q
	fmt.Println("*p, p =", *old, *q, p == q)
	u, v := 1, 2
	u, v = v, u
	fmt.Println("swap:", u, v)
	m := map[string]int{}
	k := "one"
	k, m[k] = "two", 1
	fmt.Println("map:", k, m)
	arr := [3]int{1, 2, 3}
	j := 0
	j, arr[j], arr[j+1] = 2, arr[2], arr[j]
	fmt.Println("array:", j, arr)
}
