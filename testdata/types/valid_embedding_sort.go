package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type Logger struct {
	*strings.Builder
	prefix string
}

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint(t.n) }

var _ fmt.Stringer = (*T)(nil)

var ErrX = errors.New("x")

var total = compute()

func compute() int {
	f := func() int { return base * 2 }
	return f()
}

var base = 21

type ByName []T

func main() {
	l := Logger{&strings.Builder{}, "> "}
	l.WriteString("hi")
	fmt.Println(l.String(), l.Len())
	var w io.Writer = os.Stdout
	fmt.Fprintln(w, "x")
	var rw io.ReadWriter = os.Stdin
	_ = rw
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	sort.Ints(xs)
	err := fmt.Errorf("wrap: %w", ErrX)
	fmt.Println(errors.Is(err, ErrX), errors.Unwrap(err) == ErrX)
	for i := range len(xs) {
		fmt.Println(i)
	}
	m := (*T).String
	fmt.Println(m(&T{3}), total)
	dst := make([]byte, 3)
	n := copy(dst, "hello")
	fmt.Println(n, string(dst))
	ch := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		quit <- true
	}()
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			fmt.Println(v)
		case <-quit:
			break loop
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d", 1)
	type kv struct {
		k string
		v int
	}
	pairs := []kv{{"a", 2}, {"b", 1}}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].v < pairs[j].v })
	fmt.Println(pairs, strings.Fields(" a b "), strings.Split("a,b", ","))
	var iface any = 3
	switch v := iface.(type) {
	case int:
		fmt.Println(v + 1)
	}
	const x int8 = 100
	const y = x / 2
	fmt.Println(y, len(os.Args) > 0)
	defer fmt.Println("done")
	var e *os.PathError
	_ = errors.As(err, &e)
	r := strings.NewReplacer("a", "b")
	fmt.Println(r.Replace("abc"))
	var sc = []string{"b", "a"}
	sort.Strings(sc)
	bs, _ := io.ReadAll(strings.NewReader("xyz"))
	fmt.Println(string(bs))
}
