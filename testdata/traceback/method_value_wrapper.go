package main

import "fmt"

type Inner struct{ limit int }

func (in *Inner) Check(n int) int {
	if n > in.limit {
		panic(fmt.Sprintf("%d over limit %d", n, in.limit))
	}
	return n
}

type Outer struct {
	*Inner
	name string
}

func apply(f func(int) int, xs []int) (sum int) {
	for _, x := range xs {
		sum += f(x)
	}
	return sum
}

func main() {
	o := Outer{&Inner{5}, "o"}
	fmt.Println(apply(o.Check, []int{1, 2}))
	var c interface{ Check(int) int } = o
	fmt.Println(apply(c.Check, []int{3, 4}))
	check := (*Inner).Check
	fmt.Println(check(o.Inner, 5))
	fmt.Println(apply(c.Check, []int{5, 6}))
}
