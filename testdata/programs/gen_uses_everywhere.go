// Instances used every way: defer and go of generic functions, method values
// and expressions of instances, an instance in an interface, as a map key,
// printed through its String method by value and by pointer, and a failed
// assertion to another instance (the panic names both).
package main

import (
	"fmt"
	"sync"
)

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.v) }
func (b *Box[T]) Set(v T)       { b.v = v }

func Show[T any](x T) { fmt.Println("show", x) }

func Work[T any](wg *sync.WaitGroup, x T, out *[]string, mu *sync.Mutex) {
	defer wg.Done()
	mu.Lock()
	*out = append(*out, fmt.Sprint(x))
	mu.Unlock()
}

type Shower[T any] interface{ Set(T) }

func main() {
	defer Show[string]("deferred")
	defer Show(42)
	b := Box[int]{1}
	fmt.Println(b, &b)
	set := b.Set
	set(5)
	fmt.Println(b.v)
	f := (*Box[int]).Set
	f(&b, 9)
	g := Box[int].String
	fmt.Println(g(b))
	var s Shower[int] = &b
	s.Set(11)
	fmt.Printf("%v %s %T\n", b, s, s)
	m := map[Box[string]]int{{"a"}: 1}
	m[Box[string]{"a"}]++
	fmt.Println(m)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var out []string
	wg.Add(2)
	go Work(&wg, 1, &out, &mu)
	go Work[string](&wg, "x", &out, &mu)
	wg.Wait()
	fmt.Println(len(out))
	var e any = b
	if st, ok := e.(fmt.Stringer); ok {
		fmt.Println("stringer", st.String())
	}
	_ = e.(Box[string])
}
