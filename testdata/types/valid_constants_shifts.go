package main

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

type Flag bool
type T struct{ n int }

func (t *T) Inc() { t.n++ }

type Tagged struct {
	A int `json:"a"`
}
type Plain struct{ A int }

const N = 4

func main() {
	var x int64 = 1 << 40
	y := uint32(1) << 31
	z := 1 << 62
	const c = 1<<63 - 1
	var u uint64 = math.MaxUint64
	fmt.Println(x, y, z, c, u, math.MaxInt8, math.MinInt64, math.SmallestNonzeroFloat64)
	var e error
	fmt.Println(e == io.EOF)
	var iface interface{} = 5
	fmt.Println(iface == 5, iface != "x")
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	t := Tagged{1}
	p := Plain(t)
	fmt.Println(p)
	r := strings.NewReader("abc")
	read := r.Read
	buf := make([]byte, 2)
	n, _ := read(buf)
	fmt.Println(n)
	m := map[string]*T{"a": {}}
	m["a"].Inc()
	s := append([]int(nil), 1)
	var f Flag = 1 < 2
	for i := 0; i < 3; i++ {
		fmt.Print(string(rune('a' + i)))
	}
	var k uint8 = 3
	for i := range k {
		fmt.Print(i)
	}
	ip := new(int)
	*ip = 1
	*new(int) = 2
	if fo, ok := iface.(interface{ Foo() }); ok {
		fo.Foo()
	}
	arr := [...]string{1: "a", 5: "b"}
	var grid [N * 2]int
	d := time.Duration(1.5 * float64(time.Second))
	fmt.Println(s, f, len(arr), len(grid), d, *ip)
	done := make(chan bool)
	go func() { done <- true }()
loop:
	for {
		select {
		case <-done:
			break loop
		}
	}
	var b byte = 'x'
	b -= 'a' - 'A'
	var r2 rune = 'z' - 1
	str := "abc"
	fmt.Println(str[0] == 'a', b, r2, str[1:], -math.Pi, math.Abs(-2))
	var ff float32 = 0.1
	var f64 = float64(ff) * 3
	fmt.Printf("%.2f %v\n", f64, 1e9)
	type Celsius float64
	temp := Celsius(36.6)
	fmt.Println(temp*9/5+32, temp > 30)
	var total time.Duration
	total += 2 * time.Second
	total -= time.Millisecond
	fmt.Println(total.Seconds(), time.Now().Year() > 2000)
	mask := ^uint32(0)
	shift := 3
	fmt.Println(mask>>shift, int64(1)<<shift, 1.0<<shift, uint(1)<<63)
}
