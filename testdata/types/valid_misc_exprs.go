package main

import (
	"fmt"
	"os"
	"strings"
)

type N struct {
	*N
	v int
}

type E struct{}

func (*E) Error() string { return "e" }

var _ error = (*E)(nil)
var _ = strings.ToUpper

type Op func(a, b int) int

var ops = map[string]Op{
	"+": func(a, b int) int { return a + b },
	"-": func(a, b int) int { return a - b },
}

type Animal interface{ Name() string }
type Base struct{ Animal }
type Dog struct{}

func (Dog) Name() string { return "dog" }

func produce(out chan<- chan int) {
	c := make(chan int, 1)
	c <- 1
	out <- c
}

func main() {
	n := N{&N{nil, 1}, 2}
	fmt.Println(n.v, n.N.v)
	var s uint = 2
	var f = 1 << s
	const big = 1 << 100
	fmt.Println(f, big>>98, string(rune(65)), []rune("héllo"), len([]rune("héllo")))
	i := 0
	goto check
check:
	if i < 2 {
		i++
		goto check
	}
	b := Base{Dog{}}
	fmt.Println(b.Name(), ops["+"](1, 2))
	x, y := 1, 2
	x, y = y, x
	m := map[string]int{}
	if _, ok := m["a"]; !ok {
		fmt.Println("missing")
	}
	cc := make(chan chan int, 1)
	go produce(cc)
	fmt.Println(<-<-cc)
	out := make(chan int, 1)
	select {
	case out <- 1:
	default:
	}
	fns := [2]func() int{func() int { return 1 }, func() int { return 2 }}
	fmt.Println(fns[1](), x, y)
	var err error = &E{}
	if e, ok := err.(*E); ok {
		fmt.Println(e.Error())
	}
	var sb strings.Builder
	sb.WriteByte('a')
	sb.WriteRune('é')
	fmt.Fprint(os.Stderr, sb.String(), "\n")
	type Matrix [][]float64
	mat := Matrix{{1, 2}, {3, 4}}
	mat[0][1] += 0.5
	fmt.Println(mat, len(mat[0]))
	var arr [4]int
	sl := arr[:]
	sl2 := sl[1:2:3]
	pa := &arr
	for i, v := range pa {
		_ = i + v
	}
	fmt.Println(len(sl2), cap(sl2), pa[1:])
	var u8 uint8 = 'a'
	var r rune = 'b' + 1
	fmt.Println(u8+1, r, 'a' < 'b', "a" < "b", 1.5 > 1)
	var iface interface{} = nil
	fmt.Println(iface == nil, n.N != nil)
	type point struct{ x, y int }
	pts := map[point]string{{1, 2}: "a"}
	fmt.Println(pts[point{1, 2}])
	var ptr *point = &point{}
	ptr.x = 5
	(*ptr).y = 6
	fmt.Println(*ptr, -5%3, 7&^5, 1^2, ^1, !true)
	var ff float64 = 3
	fmt.Println(ff/2, int(ff)%2, float32(ff)*2)
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "abc"))
}
