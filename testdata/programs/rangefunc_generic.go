package main

import "fmt"

type Seq[V any] func(yield func(V) bool)

func Values[V any](s []V) Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func Filter[V any](seq Seq[V], keep func(V) bool) Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Collect[V any](seq Seq[V]) []V {
	var out []V
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func First[V any](seq Seq[V]) (V, bool) {
	for v := range seq {
		return v, true
	}
	var zero V
	return zero, false
}

type List struct{ items []string }

func (l *List) All(yield func(int, string) bool) {
	for i, s := range l.items {
		if !yield(i, s) {
			return
		}
	}
}

func main() {
	even := Filter(Values([]int{1, 2, 3, 4, 5, 6}), func(x int) bool { return x%2 == 0 })
	fmt.Println(Collect(even))
	fmt.Println(First(Values([]string{"z", "y"})))
	fmt.Println(First(Values([]string{})))
	l := &List{[]string{"p", "q", "r"}}
	for i, s := range l.All {
		if i == 2 {
			break
		}
		fmt.Println(i, s)
	}
	done := make(chan int)
	go func() {
		s := 0
		for v := range Values([]int{10, 20, 30}) {
			s += v
		}
		done <- s
	}()
	fmt.Println(<-done)
}
