// defer_iface_call: defer and go of an interface method call. The interface
// value and the arguments are evaluated at the statement; a nil interface
// panics there (after the arguments); a nil pointer inside a non-nil
// interface panics only when the call runs.
package main

import "fmt"

type Speaker interface{ Say(string, int) }

type Loud struct{ prefix string }

func (l Loud) Say(s string, n int) { fmt.Println(l.prefix, s, n) }

type Quiet struct{ count *int }

func (q *Quiet) Say(s string, n int) { *q.count += n; fmt.Println("quiet", s, *q.count) }

type Sender interface{ Send(chan<- string) }

type Named struct{ name string }

func (n *Named) Send(c chan<- string) { c <- "hello from " + n.name }

func arg(tag string) string { fmt.Println("evaluating", tag); return tag }

func speak() {
	var sp Speaker = Loud{"first:"}
	x := 1
	defer sp.Say(arg("a"), x)
	sp = Loud{"second:"}
	x = 2
	defer sp.Say(arg("b"), x)
	cnt := 0
	sp = &Quiet{&cnt}
	defer sp.Say("q", 5)
	fmt.Println("body done")
}

func nilIface() (r string) {
	defer func() { r = fmt.Sprint("recovered: ", recover()) }()
	var sp Speaker
	defer sp.Say(arg("nil receiver arg"), 0)
	fmt.Println("not reached")
	return "no panic"
}

//go:noinline
func hidden(q *Loud) Speaker { return q }

func nilPointerInside() (r string) {
	defer func() { r = fmt.Sprint("recovered at call time: ", recover()) }()
	var q *Loud
	sp := hidden(q)
	defer sp.Say("never printed", 0)
	fmt.Println("statement passed")
	return "no panic"
}

type Result interface{ Value() int }

type Box struct{ v int }

func (b Box) Value() int { fmt.Println("Value of box", b.v); return b.v }

func discardResult() {
	var r Result = Box{11}
	defer r.Value()
	r = Box{12}
	fmt.Println("discard body")
}

func main() {
	speak()
	fmt.Println(nilIface())
	fmt.Println(nilPointerInside())
	discardResult()

	c := make(chan string)
	var s Sender = &Named{"goroutine"}
	go s.Send(c)
	fmt.Println(<-c)
}
