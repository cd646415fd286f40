package main

import (
	"fmt"
	"strings"
)

type Card struct {
	Rank int
	Suit rune
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + string(c.Suit)
}

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return "Hand(" + strings.Join(parts, " ") + ")"
}

type Matrix [2][2]int

func (m *Matrix) String() string { // pointer receiver
	return fmt.Sprintf("|%d %d|%d %d|", m[0][0], m[0][1], m[1][0], m[1][1])
}

type Wrapper struct {
	Label string
	C     Card
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

func main() {
	c := Card{12, '♥'}
	fmt.Println(c)
	fmt.Printf("%v %s %+v %d\n", c, c, c, c)
	h := Hand{{1, '♠'}, {10, '♦'}, {13, '♣'}}
	fmt.Println(h, len(h))
	fmt.Println([]Card(h))
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m)  // value: String not in method set
	fmt.Println(&m) // pointer: uses String
	w := Wrapper{"best", c}
	fmt.Printf("%v %+v\n", w, w)
	fmt.Println(map[Card]int{c: 1})
	s := Secret("hunter2")
	fmt.Printf("%v %s %#v %q\n", s, s, s, s)
	var st fmt.Stringer = c
	fmt.Println(st.String() == fmt.Sprint(c))
	var np *Matrix
	fmt.Println(np == nil)
}
