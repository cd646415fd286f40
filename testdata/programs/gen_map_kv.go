// A generic ordered map type Map[K, V] with methods, keys of a union
// constraint, values of any type; a generic Pair and a function returning
// the entries as Pairs.
package main

import (
	"fmt"
	"sort"
)

type Ordered interface {
	~int | ~int64 | ~string | ~float64
}

type Pair[K, V any] struct {
	Key K
	Val V
}

type Map[K Ordered, V any] struct {
	m    map[K]V
	keys []K
}

func NewMap[K Ordered, V any]() *Map[K, V] { return &Map[K, V]{m: map[K]V{}} }

func (m *Map[K, V]) Set(k K, v V) {
	if _, ok := m.m[k]; !ok {
		m.keys = append(m.keys, k)
	}
	m.m[k] = v
}

func (m *Map[K, V]) Get(k K) (V, bool) {
	v, ok := m.m[k]
	return v, ok
}

func (m *Map[K, V]) Entries() []Pair[K, V] {
	ks := append([]K(nil), m.keys...)
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	out := make([]Pair[K, V], 0, len(ks))
	for _, k := range ks {
		out = append(out, Pair[K, V]{k, m.m[k]})
	}
	return out
}

func main() {
	m := NewMap[string, int]()
	m.Set("b", 2)
	m.Set("a", 1)
	m.Set("c", 3)
	m.Set("a", 10)
	v, ok := m.Get("a")
	fmt.Println(v, ok)
	_, ok = m.Get("zz")
	fmt.Println(ok)
	fmt.Println(m.Entries())
	fmt.Printf("%T %+v\n", m.Entries()[0], m.Entries()[0])

	n := NewMap[float64, []string]()
	n.Set(2.5, []string{"x"})
	n.Set(-1, nil)
	fmt.Printf("%v %T\n", n.Entries(), n)
}
