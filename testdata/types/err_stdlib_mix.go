package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

type Tree struct {
	Left, Right *Tree
	Kids        []Tree
	Attrs       map[string]Tree
	Val         int
}

type A struct{ *B }
type B struct{ C }
type C struct{ n int }

func (c *C) Inc() { c.n++ }
func (c C) Get() int { return c.n }

type HandlerFunc func(int) int

func (h HandlerFunc) Serve(x int) int { return h(x) }

type Server interface{ Serve(int) int }

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

type RC interface {
	io.Reader
	io.Closer
}

type Color uint8

const (
	Red Color = iota + 1
	_
	Blue
	Max = Blue * 2
)

var (
	counter int64
	once    sync.Once
	wg      sync.WaitGroup
	mu      sync.RWMutex
	cache   = map[string]int{}
	ai      atomic.Int32
)

func find(xs []int, v int) (idx int, err error) {
	for i, x := range xs {
		if x == v {
			return i, nil
		}
	}
	err = &MyErr{"not found"}
	return -1, err
}

func classify(x interface{}) string {
	switch v := x.(type) {
	case int, int64:
		return fmt.Sprintf("int %v", v)
	case string:
		return "string " + v
	case error:
		return v.Error()
	case nil:
		return "nil"
	}
	return "other"
}

func sum(nums ...float64) (total float64) {
	for _, n := range nums {
		total += n
	}
	return
}

func main() {
	a := A{&B{C{1}}}
	a.Inc()
	fmt.Println(a.Get(), a.n, a.B.C.n)
	var s Server = HandlerFunc(func(x int) int { return x * 2 })
	fmt.Println(s.Serve(3))
	_, err := find([]int{1, 2}, 5)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println(me.msg)
	}
	fmt.Println(classify(1), classify("x"), classify(nil), classify(err))
	fmt.Println(Red, Blue, Max, math.MaxInt64, math.Pi, math.Sqrt(2), math.Inf(1))
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&counter, int64(i))
			ai.Add(1)
			mu.Lock()
			cache[fmt.Sprint(i)] = i
			mu.Unlock()
		}()
	}
	wg.Wait()
	once.Do(func() { fmt.Println("once") })
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two")
	default:
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	t := Tree{Val: 1, Kids: []Tree{{Val: 2}}, Attrs: map[string]Tree{"x": {Val: 3}}}
	fmt.Println(t.Kids[0].Val, t.Attrs["x"].Val, sum(1, 2.5, 3))
	p1, p2 := struct{ X, Y int }{1, 2}, struct{ X, Y int }{1, 2}
	fmt.Println(p1 == p2, [2][2]int{{1, 2}, {3, 4}}[1][0])
	r := strings.NewReader("héllo")
	var rd io.Reader = r
	if _, ok := rd.(io.Seeker); ok {
		fmt.Println("seeker")
	}
	buf := make([]byte, 0, 10)
	buf = utf8.AppendRune(buf, 'é')
	fmt.Println(len(buf), utf8.RuneCountInString("héllo"), runtime.NumGoroutine())
	start := time.Now()
	elapsed := time.Since(start)
	fmt.Println(elapsed < time.Second, time.Duration(5)*time.Millisecond)
	n := 3
	x := 1 << n
	var f float64 = float64(1 << n)
	fmt.Println(x, f, 1<<3.0, uint8(200)+100)
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, r)
			os.Exit(3)
		}
	}()
	var arr []int
	_ = arr[5]
	var e error
	fmt.Println(e == nil, err != nil)
	ch := make(chan string)
	done := make(chan struct{})
	go func() {
		for msg := range ch {
			fmt.Println(msg)
		}
		close(done)
	}()
	ch <- "hi"
	close(ch)
	<-done
	var iface interface{} = t
	if tt, ok := iface.(Tree); ok {
		fmt.Println(tt.Val)
	}
	fn := func(xs ...string) int { return len(xs) }
	fmt.Println(fn(), fn("a", "b"), fn([]string{"x"}...))
	var rcv RC
	_ = rcv
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {k: "b"}}
	for _, p := range ps {
		fmt.Println(p.k, p.v)
	}
	var m2 = map[pair]bool{{"a", 1}: true}
	fmt.Println(m2[pair{"a", 1}], len("abc"), cap(make([]int, 2, 5)))
	const typed int8 = 100
	var wide = int(typed) * 3
	fmt.Println(wide, -typed, typed/3, 7.0/2, 7/2)
	bs := []byte("hi")
	str := string(bs)
	rs := []rune(str)
	fmt.Println(str, string(rs), string(rs[0]), strings.Repeat("-", 3))
	fmt.Printf("%T %v\n", iface, math.Floor(2.7))
}
