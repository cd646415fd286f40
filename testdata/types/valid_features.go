package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Named struct {
	Rect
	name string
}

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

const big = 1 << 100
const small = big >> 98

var order = initA + 1
var initA = f()

func f() int { return 2 }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type node struct {
	next *node
	val  int
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func variadic(prefix string, xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s + len(prefix)
}

func main() {
	var s Shape = Rect{2, 3}
	fmt.Println(s.Area(), s.Perimeter())
	n := Named{Rect{1, 2}, "x"}
	fmt.Println(n.Area(), n.W, n.name)
	c := &Counter{n: map[string]int{}}
	c.Inc("a")
	fmt.Println(Monday, small, order)
	q, r := divmod(7, 2)
	fmt.Println(q, r, variadic("ab", 1, 2, 3), variadic("x", []int{1, 2}...))
	xs := byLen{"aaa", "b", "cc"}
	sort.Sort(xs)
	fmt.Println(strings.Join(xs, ","), strconv.Itoa(42))
	if v, err := strconv.Atoi("12"); err == nil {
		fmt.Println(v)
	}
	m := map[string][]int{"a": {1, 2}}
	m["b"] = append(m["b"], 3)
	for k, v := range m {
		fmt.Println(k, v)
	}
	for i := range 3 {
		fmt.Println(i)
	}
	for i, ch := range "héllo" {
		fmt.Println(i, ch)
	}
	ch := make(chan int, 1)
	go func() { ch <- 1 }()
	select {
	case v := <-ch:
		fmt.Println(v)
	case <-time.After(time.Second):
	}
	var e error = errors.New("x")
	var pe *os.PathError
	if errors.As(e, &pe) {
		fmt.Println(pe.Path)
	}
	switch x := s.(type) {
	case Rect:
		fmt.Println(x.W)
	case nil:
	default:
		fmt.Println(x)
	}
	fmt.Println(unsafe.Sizeof(n), unsafe.Alignof(n.name), unsafe.Offsetof(n.name))
	arr := [5]int{1, 2, 3}
	sl := arr[1:3:4]
	p := &arr
	fmt.Println(len(p), cap(sl), p[0], min(1, 2.5), max("a", "b"))
	var nd *node = &node{val: 1}
	nd.next = &node{}
	fmt.Println(nd.next.val)
	f := Rect.Area
	g := s.Area
	fmt.Println(f(Rect{1, 1}), g())
	clear(m)
	type local struct{ a, b int }
	l := local{1, 2}
	fmt.Println(l)
	var iface interface{ String() string } = Tuesday
	fmt.Println(iface.String())
	x := 1.5
	y := int(x) << 2
	fmt.Println(y, 1<<y, complex(1, 2), real(3i))
	var u8 uint8 = 255
	u8++
	fmt.Printf("%d %v\n", u8, ^uint8(0))
	bs := []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs), copy(bs, "xy"))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		panic("boom")
	}()
	os.Exit(0)
}
