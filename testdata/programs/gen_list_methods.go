// A generic linked list with pointer-receiver methods, instantiated with a
// scalar, a string and a struct: every instance has its own methods and
// layout; the nodes hold pointers (GC under gcstress).
package main

import "fmt"

type List[T any] struct {
	head, tail *elem[T]
	n          int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) PushBack(v T) {
	e := &elem[T]{val: v}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.n++
}

func (l *List[T]) PushFront(v T) {
	l.head = &elem[T]{val: v, next: l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
}

func (l *List[T]) Len() int { return l.n }

func (l *List[T]) Slice() []T {
	var out []T
	for e := l.head; e != nil; e = e.next {
		out = append(out, e.val)
	}
	return out
}

type point struct{ x, y int }

func main() {
	var a List[int]
	for i := 0; i < 5; i++ {
		a.PushBack(i * i)
	}
	a.PushFront(-1)
	fmt.Println(a.Len(), a.Slice())

	b := &List[string]{}
	for _, w := range []string{"go", "generic", "list"} {
		b.PushFront(w)
	}
	fmt.Println(b.Len(), b.Slice())

	var c List[point]
	c.PushBack(point{1, 2})
	c.PushBack(point{3, 4})
	fmt.Printf("%v %+v\n", c.Slice(), c.Slice()[1])
	fmt.Printf("%T %T %T\n", a, b, c.head)
}
