// A panic in a method of a generic type, recovered and then raised again:
// the recovered value prints as Go prints it, the second panic names the
// instance's method.
package main

import (
	"errors"
	"fmt"
)

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Pop() T {
	if len(q.items) == 0 {
		panic(errors.New("pop from empty queue"))
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func safePop[T any](q *Queue[T]) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return q.Pop(), nil
}

func main() {
	q := &Queue[float64]{items: []float64{1.5}}
	fmt.Println(safePop(q))
	fmt.Println(safePop(q))
	var p *Queue[string]
	fmt.Println(p.Pop())
}
