package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

func total(shapes []Shape) float64 {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Sq{1}, &Sq{2}}
	fmt.Println(total(shapes))
	var m map[string]int
	for k, v := range m {
		fmt.Println(k)
	}
	count := 0
	for i := 0; i < 3; i++ {
		count := i
	}
	fmt.Println(count)
	var p *Sq
	fmt.Println(p.s, p.Area(), Sq.Area)
	ch := make(chan int)
	for v := range ch {
	}
	fmt.Printf("%d\n", 1, 2)
	if x := 1; x > 0 {
		y := 2
	}
}
