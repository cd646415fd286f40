package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // sentinels
	evicted    []string
}

func NewLRU(capacity int) *LRU {
	l := &LRU{cap: capacity, items: map[string]*entry{}, head: &entry{}, tail: &entry{}}
	l.head.next = l.tail
	l.tail.prev = l.head
	return l
}

func (l *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (l *LRU) pushFront(e *entry) {
	e.next = l.head.next
	e.prev = l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k string) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		return 0, false
	}
	l.unlink(e)
	l.pushFront(e)
	return e.value, true
}

func (l *LRU) Put(k string, v int) {
	if e, ok := l.items[k]; ok {
		e.value = v
		l.unlink(e)
		l.pushFront(e)
		return
	}
	if len(l.items) == l.cap {
		old := l.tail.prev
		l.unlink(old)
		delete(l.items, old.key)
		l.evicted = append(l.evicted, old.key)
	}
	e := &entry{key: k, value: v}
	l.items[k] = e
	l.pushFront(e)
}

func (l *LRU) String() string {
	var parts []string
	for e := l.head.next; e != l.tail; e = e.next {
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	v, ok := c.Get("a")
	fmt.Println("get a:", v, ok, c)
	c.Put("d", 4)
	fmt.Println("put d:", c)
	_, ok = c.Get("b")
	fmt.Println("get b:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, "evicted:", c.evicted)
	for i := 0; i < 10; i++ {
		c.Put(fmt.Sprint("k", i%4), i)
	}
	fmt.Println(c, "evicted:", len(c.evicted), c.evicted[len(c.evicted)-3:])
}
