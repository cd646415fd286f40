package main

import (
	"fmt"
	"sort"
)

type BinOp func(a, b int) int

type Calculator struct {
	ops map[string]BinOp
}

func (c *Calculator) Register(name string, op BinOp) { c.ops[name] = op }

func (c *Calculator) Apply(name string, a, b int) (int, error) {
	op, ok := c.ops[name]
	if !ok {
		return 0, fmt.Errorf("unknown op %q", name)
	}
	return op(a, b), nil
}

func add(a, b int) int { return a + b }

type Predicate func(int) bool

func (p Predicate) And(q Predicate) Predicate { return func(n int) bool { return p(n) && q(n) } }
func (p Predicate) Not() Predicate            { return func(n int) bool { return !p(n) } }

func main() {
	c := &Calculator{ops: map[string]BinOp{}}
	c.Register("add", add)
	c.Register("sub", func(a, b int) int { return a - b })
	c.Register("pow", func(a, b int) int {
		r := 1
		for i := 0; i < b; i++ {
			r *= a
		}
		return r
	})
	names := make([]string, 0, len(c.ops))
	for n := range c.ops {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range append(names, "div") {
		v, err := c.Apply(n, 2, 5)
		fmt.Println(n, v, err)
	}

	var f func(int) int
	fmt.Println("nil func:", f == nil)
	f = func(x int) int { return x * x }
	fmt.Println(f(9), f != nil)
	fmt.Printf("%T\n", f)
	fmt.Printf("%T\n", c.Apply)

	even := Predicate(func(n int) bool { return n%2 == 0 })
	big := Predicate(func(n int) bool { return n > 5 })
	pick := even.And(big.Not())
	for i := 0; i <= 10; i++ {
		if pick(i) {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	table := []struct {
		name string
		fn   func(float64) float64
	}{
		{"half", func(x float64) float64 { return x / 2 }},
		{"neg", func(x float64) float64 { return -x }},
	}
	for _, t := range table {
		fmt.Println(t.name, t.fn(3))
	}
}
