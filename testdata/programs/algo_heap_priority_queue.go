package main

import "fmt"

type Task struct {
	Name     string
	Priority int
	Seq      int
}

// MinHeap orders by priority, then by insertion sequence for stability.
type MinHeap struct {
	items []Task
	seq   int
}

func (h *MinHeap) less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	if a.Priority != b.Priority {
		return a.Priority < b.Priority
	}
	return a.Seq < b.Seq
}

func (h *MinHeap) Push(name string, prio int) {
	h.seq++
	h.items = append(h.items, Task{name, prio, h.seq})
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *MinHeap) Pop() (Task, bool) {
	if len(h.items) == 0 {
		return Task{}, false
	}
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.items) && h.less(l, m) {
			m = l
		}
		if r < len(h.items) && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
	return top, true
}

func (h *MinHeap) Len() int { return len(h.items) }

func main() {
	var h MinHeap
	h.Push("write docs", 3)
	h.Push("fix crash", 1)
	h.Push("review PR", 2)
	h.Push("deploy", 1)
	h.Push("refactor", 5)
	h.Push("triage", 2)
	fmt.Println("queued:", h.Len())
	for h.Len() > 0 {
		t, _ := h.Pop()
		fmt.Printf("p%d #%d %s\n", t.Priority, t.Seq, t.Name)
	}
	_, ok := h.Pop()
	fmt.Println("pop empty:", ok)

	// Heap sort of numbers via the same heap.
	var hs MinHeap
	for _, v := range []int{42, 7, 19, 7, 88, -1, 0, 23} {
		hs.Push(fmt.Sprint(v), v)
	}
	var out []int
	for hs.Len() > 0 {
		t, _ := hs.Pop()
		out = append(out, t.Priority)
	}
	fmt.Println(out)
}
