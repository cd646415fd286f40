package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
}

type Lister interface {
	Keys() []string
}

// ListStore embeds two interfaces.
type ListStore interface {
	Store
	Lister
}

type memStore struct {
	data map[string]string
	keys []string
}

func (m *memStore) Get(k string) (string, bool) { v, ok := m.data[k]; return v, ok }
func (m *memStore) Set(k, v string) {
	if _, ok := m.data[k]; !ok {
		m.keys = append(m.keys, k)
	}
	m.data[k] = v
}
func (m *memStore) Keys() []string { return m.keys }

// loggingStore embeds a ListStore interface value: it gets every method
// for free and overrides Set to add logging (a decorator).
type loggingStore struct {
	ListStore
	log []string
}

func (l *loggingStore) Set(k, v string) {
	l.log = append(l.log, "set "+k)
	l.ListStore.Set(k, v)
}

// upperStore overrides Get only.
type upperStore struct {
	Store
}

func (u upperStore) Get(k string) (string, bool) {
	v, ok := u.Store.Get(k)
	return strings.ToUpper(v), ok
}

func fill(s Store) {
	s.Set("lang", "go")
	s.Set("runtime", "gomem")
	s.Set("lang", "Go")
}

func main() {
	base := &memStore{data: map[string]string{}}
	ls := &loggingStore{ListStore: base}
	fill(ls)
	fmt.Println("log:", ls.log)
	fmt.Println("keys via promoted method:", ls.Keys())
	v, _ := ls.Get("lang")
	fmt.Println("lang =", v)
	var s Store = upperStore{ls}
	v, ok := s.Get("runtime")
	fmt.Println("upper runtime =", v, ok)
	_, isLister := s.(Lister)
	var l ListStore = ls
	_, isLogging := l.(*loggingStore)
	fmt.Println("upperStore is Lister:", isLister, "ListStore holds *loggingStore:", isLogging)
	// An embedded nil interface compiles but panics when its methods are called.
	empty := &loggingStore{}
	fmt.Println("embedded interface is nil:", empty.ListStore == nil)
}
