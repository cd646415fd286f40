package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s Square) Area() float64 {
	if s.side < 0 {
		panic(fmt.Sprintf("negative side %v", s.side))
	}
	return s.side * s.side
}

var total = func() float64 {
	return 0
}()

func init() {
	total += Square{2}.Area()
}

func init() {
	shapes := []Shape{Square{1}, Square{-3}}
	check := func(s Shape) {
		total += s.Area()
	}
	for _, s := range shapes {
		check(s)
	}
}

func main() {
	fmt.Println(total)
}
