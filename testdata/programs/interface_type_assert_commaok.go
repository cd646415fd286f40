package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Perimeterer interface{ Perimeter() float64 }

type Square struct{ S float64 }

func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }

type Blob struct{ A float64 }

func (b Blob) Area() float64 { return b.A }

func toInt(v any) (int, error) {
	if n, ok := v.(int); ok {
		return n, nil
	}
	if s, ok := v.(string); ok {
		return strconv.Atoi(s)
	}
	if f, ok := v.(float64); ok && f == float64(int(f)) {
		return int(f), nil
	}
	return 0, errors.New(fmt.Sprintf("cannot convert %v (%T)", v, v))
}

func main() {
	for _, v := range []any{12, "34", 5.0, 5.5, true, nil, "x"} {
		n, err := toInt(v)
		fmt.Printf("%-6v -> %d, %v\n", v, n, err)
	}
	shapes := []Shape{Square{2}, Blob{7}, Square{0.5}}
	total := 0.0
	for _, s := range shapes {
		if p, ok := s.(Perimeterer); ok {
			total += p.Perimeter()
			fmt.Printf("%T has perimeter %.1f\n", s, p.Perimeter())
		} else {
			fmt.Printf("%T has no perimeter\n", s)
		}
	}
	fmt.Println("total perimeter:", total)

	// Asserting to a concrete type vs interface type.
	var s Shape = Square{3}
	sq, ok1 := s.(Square)
	_, ok2 := s.(Blob)
	b, ok3 := s.(interface{ Area() float64 })
	fmt.Println(sq, ok1, ok2, b.Area(), ok3)

	// Failed assertion yields the zero value.
	var x any = "str"
	n, ok := x.(int)
	p, ok4 := x.(*Square)
	fmt.Println(n, ok, p == nil, ok4)
	// Assertion on a nil interface.
	var none any
	_, ok = none.(any)
	fmt.Println("nil.(any) ok:", ok)
}
