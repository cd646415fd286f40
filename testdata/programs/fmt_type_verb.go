package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type Celsius float64
type Pt struct{ X, Y int }
type Handler func(string) error
type Matrix [2][2]float32
type Tree struct {
	Left, Right *Tree
}
type Shape interface{ Area() float64 }
type Square float64

func (s Square) Area() float64 { return float64(s * s) }

func main() {
	values := []any{
		1, int8(1), uint(1), uintptr(1), 1.0, float32(1), 1i, complex64(1i),
		"s", 'r', byte('b'), true, nil,
		[]int{}, [3]string{}, map[string][]int{}, make(chan int), make(<-chan bool), make(chan<- string),
		Pt{}, &Pt{}, []*Pt{}, Celsius(0), Handler(nil), Matrix{}, &Tree{},
		struct{}{}, struct{ A int }{}, func(int, ...string) (bool, error) { return false, nil },
		errors.New("e"), fmt.Errorf("w %w", errors.New("e")), new(strings.Builder), &sync.Mutex{},
		time.Second, Square(2), []Shape{Square(1)}, [][]any{}, map[Pt]*Tree{},
	}
	for i, v := range values {
		fmt.Printf("%2d %T\n", i, v)
	}
	var sh Shape = Square(3)
	fmt.Printf("%T %v\n", sh, sh.Area())
	fmt.Printf("%T\n", main)
	fmt.Printf("%T %T\n", fmt.Println, strings.Split)
	fmt.Printf("%v\n", fmt.Sprintf("%T", values))
}
