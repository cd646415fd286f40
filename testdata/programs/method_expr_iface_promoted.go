// method_expr_iface_promoted: T.M, (*T).M, promoted methods, I.M of named and
// literal interface types as func values whose first parameter is the
// receiver — called directly, stored, passed, and a nil interface receiver.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c Counter) Get() int           { return c.n }
func (c *Counter) Add(d int)         { c.n += d }
func (c Counter) Sum(xs ...int) int  { t := c.n; for _, x := range xs { t += x }; return t }
func (c *Counter) Pair() (int, bool) { return c.n * 2, c.n > 3 }

type Named interface{ Name() string }

type Dog struct{ name string }

func (d Dog) Name() string { return "dog " + d.name }

type Cat struct{ lives int }

func (c *Cat) Name() string { return fmt.Sprintf("cat with %d lives", c.lives) }

type Inner struct{ tag string }

func (i Inner) Tag() string   { return "[" + i.tag + "]" }
func (i *Inner) Retag(s string) { i.tag = s }

type Outer struct {
	Inner
	extra int
}

type ViaPtr struct {
	*Inner
}

type WithIface struct {
	Named
	id int
}

func apply(f func(Counter) int, cs []Counter) []int {
	var out []int
	for _, c := range cs {
		out = append(out, f(c))
	}
	return out
}

func tryCall(f func(Named) string, n Named) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	return f(n)
}

func main() {
	c := Counter{5}
	get := Counter.Get
	fmt.Println(get(c), Counter.Get(Counter{9}))
	fmt.Println(apply(Counter.Get, []Counter{{1}, {2}, {3}}))

	add := (*Counter).Add
	add(&c, 10)
	(*Counter).Add(&c, 1)
	fmt.Println(c.n, (*Counter).Get(&c))
	fmt.Println(Counter.Sum(c), Counter.Sum(c, 1, 2, 3), (*Counter).Sum(&c, []int{100, 200}...))
	d, big := (*Counter).Pair(&c)
	fmt.Println(d, big)

	// Interface method expressions.
	name := Named.Name
	fmt.Println(name(Dog{"rex"}), name(&Cat{9}))
	fmt.Println(Named.Name(Dog{"fido"}))
	lit := interface{ Name() string }.Name
	fmt.Println(lit(&Cat{3}))
	fmt.Println(error.Error(errors.New("an error")))
	str := fmt.Stringer.String
	var sb strings.Builder
	sb.WriteString("built")
	fmt.Println(str(&sb))
	fmt.Println(tryCall(Named.Name, nil))
	var nilCat *Cat
	fmt.Println(tryCall(Named.Name, nilCat))

	// Promoted methods.
	o := Outer{Inner{"in"}, 1}
	fmt.Println(Outer.Tag(o), (*Outer).Tag(&o))
	(*Outer).Retag(&o, "changed")
	fmt.Println(o.Tag(), o.extra)
	vp := ViaPtr{&Inner{"shared"}}
	ViaPtr.Retag(vp, "through pointer")
	fmt.Println(ViaPtr.Tag(vp), vp.Inner.tag)
	wi := WithIface{Dog{"embedded"}, 7}
	fmt.Println(WithIface.Name(wi), (*WithIface).Name(&wi))

	// Method expressions as map and slice elements.
	fs := map[string]func(Counter) int{
		"get": Counter.Get,
		"sum": func(c Counter) int { return Counter.Sum(c, 1) },
	}
	fmt.Println(fs["get"](Counter{40}), fs["sum"](Counter{40}))
	names := []func(Named) string{Named.Name, func(n Named) string { return strings.ToUpper(n.Name()) }}
	for _, f := range names {
		fmt.Println(f(Dog{"last"}))
	}
	fmt.Println(get != nil, name != nil)
}
