package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "C" }

func main() {
	var d time.Duration = 5
	secs := 3
	fmt.Println(d * secs)
	fmt.Println(time.Duration(secs) * time.Second)
	t := Temp(21.5)
	var s Stringer = t
	var s2 Stringer = &t
	fmt.Println(s, s2)
	n, err := strconv.Atoi("x")
	fmt.Println(n)
	f, err := os.Open("x")
	f.Close()
	x := strconv.Itoa
	fmt.Println(x(1) + 1)
	var i int = time.Second
	fmt.Println(i, os.Args[1] + 1)
	for i := range 10 {
		i = "x"
	}
	var u uint = 3
	fmt.Println(1 << u, u << 1.5)
	err.Foo()
}
