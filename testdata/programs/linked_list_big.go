package main

import (
	"fmt"
	"runtime"
)

type Item struct {
	id    int
	name  string
	score float64
	next  *Item
}

func build(n int) *Item {
	var head *Item
	for i := n - 1; i >= 0; i-- {
		head = &Item{id: i, name: fmt.Sprint("item-", i), score: float64(i%97) / 7, next: head}
	}
	return head
}

func reverse(h *Item) *Item {
	var prev *Item
	for h != nil {
		h, h.next, prev = h.next, prev, h
	}
	return prev
}

// dropOdd unlinks every odd id; the unlinked items become garbage.
func dropOdd(h *Item) *Item {
	dummy := &Item{next: h}
	for p := dummy; p.next != nil; {
		if p.next.id%2 == 1 {
			p.next = p.next.next
		} else {
			p = p.next
		}
	}
	return dummy.next
}

func stats(h *Item) (n int, sum float64, first, last int) {
	first = h.id
	for ; h != nil; h = h.next {
		n++
		sum += h.score
		last = h.id
	}
	return
}

func main() {
	const n = 500000
	list := build(n)
	c, s, f, l := stats(list)
	fmt.Printf("built: n=%d sum=%.2f first=%d last=%d\n", c, s, f, l)
	list = reverse(list)
	c, s, f, l = stats(list)
	fmt.Printf("reversed: n=%d sum=%.2f first=%d last=%d\n", c, s, f, l)
	list = dropOdd(list)
	runtime.GC()
	c, s, f, l = stats(list)
	fmt.Printf("dropped odd: n=%d sum=%.2f first=%d last=%d\n", c, s, f, l)
	// Build and discard several more lists to churn the heap.
	total := 0
	for round := 0; round < 5; round++ {
		tmp := build(100000)
		n, _, _, _ := stats(tmp)
		total += n
	}
	c, _, _, _ = stats(list)
	fmt.Println("churned items:", total, "survivor list intact:", c == n/2)
	fmt.Println(list.name, list.next.name)
}
