// type_defined_from_pending: a defined type whose right-hand side is a named
// type still being declared (type List struct{ next *Node }; type Node List),
// directly and through a chain of definitions; both keep the struct's fields.
package main

import "fmt"

type List struct {
	val  int
	next *Node
}

type Node List

type Head struct {
	items []*Step1
	label string
}

type Step1 Step2
type Step2 Step3
type Step3 Head

type Ring *[2]RingElem
type RingElem Ring

func main() {
	l := &List{1, &Node{2, &Node{3, nil}}}
	sum := 0
	for n := (*Node)(l); n != nil; n = n.next {
		sum += n.val
	}
	fmt.Println(sum, l.next.next.val)
	fmt.Printf("%T %T %+v\n", *l.next, l.next.next, *l.next.next)

	h := Head{label: "h"}
	h.items = append(h.items, &Step1{label: "s1"}, &Step1{items: []*Step1{{label: "deep"}}})
	fmt.Println(len(h.items), h.items[0].label, h.items[1].items[0].label)
	var s3 Step3 = Step3(h)
	fmt.Printf("%T %v\n", s3, s3.label)

	var r Ring = &[2]RingElem{}
	r[0] = RingElem(r)
	fmt.Println(r[0] == RingElem(r), r[1] == nil)
}
