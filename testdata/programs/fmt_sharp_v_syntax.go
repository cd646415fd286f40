package main

import (
	"errors"
	"fmt"
)

// Go-syntax formatting (%#v) of every kind of value, and GoStringer.

type Point struct{ X, Y int }

type Names []string

type Table map[string]Point

type Temp float64

type Port uint16

type Tag string

type Money struct{ cents int64 }

func (m Money) GoString() string { return fmt.Sprintf("Money(%d.%02d)", m.cents/100, m.cents%100) }

type Shape interface{ Area() float64 }

type Box struct {
	Point
	Label  Tag
	Sizes  [2]float32
	Price  Money
	price  Money
	Owner  *Point
	Err    error
	Extra  any
	Bytes  []byte
	Notify func()
	Events chan string
	Shape  Shape
	hidden bool
}

func main() {
	fmt.Printf("%#v\n", Point{1, -2})
	fmt.Printf("%#v\n", &Point{3, 4})
	fmt.Printf("%#v %#v\n", Names{"a", "b"}, Names(nil))
	fmt.Printf("%#v\n", Table{"z": {1, 1}, "a": {}})
	fmt.Printf("%#v %#v %#v %#v\n", Temp(36.6), Port(8080), Tag("v1\t"), Money{12345})
	fmt.Printf("%#v\n", []Money{{5}, {1000}})
	b := Box{Point: Point{7, 8}, Label: "crate", Sizes: [2]float32{0.5, 1e-7}, Price: Money{99}, price: Money{1}, Extra: 3, Bytes: []byte("ok")}
	fmt.Printf("%#v\n", b)
	fmt.Printf("%+v\n", b.Point)
	fmt.Printf("%#v\n", []any{1, int8(-2), uint(3), uint8(4), 5.0, float32(6.5), "seven", '8', true, nil, Point{}, []int(nil), map[int]bool(nil)})
	fmt.Printf("%#v\n", map[Point][]string{{2, 1}: {"x"}, {1, 2}: nil})
	fmt.Printf("%#v\n", [][]Point{{{1, 2}}, {}, nil})
	fmt.Printf("%#v\n", struct {
		A int
		b []string
	}{1, []string{"q"}})
	fmt.Printf("%#v %#v\n", struct{}{}, [0]int{})
	fmt.Printf("%#v\n", errors.New("disk full"))
	fmt.Printf("%#v %#v\n", []byte{0, 255}, [3]byte{1, 2, 3})
	fmt.Printf("%#v %#v %#v\n", 1e21, 1e-7, -0.0)
	fmt.Printf("%#v\n", []*Point{nil})
	fmt.Printf("%#v\n", &[]string{"in", "slice"})
	fmt.Printf("%#v\n", &map[string]int{"n": 1})
	var sh Shape
	var ch chan int
	fmt.Printf("%#v %#v\n", sh, ch)
	fmt.Printf("%#x %#o %#b %#X\n", 255, 8, 5, 3054)
	fmt.Printf("%#q %#q %q\n", "back`tick", "plain", "tab\t")
	fmt.Printf("[%10v] [%-8v] [%08.3f] [%+.2e] [% g]\n", Point{1, 2}, Temp(1.5), -3.14159, 12345.678, 2.5)
}
