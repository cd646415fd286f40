package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[int]int
	loads  int
	loadMu sync.Mutex
}

func (c *Cache) Get(k int) int {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok { // double-checked: another writer may have filled it
		return v
	}
	v = expensive(k)
	c.data[k] = v
	c.loadMu.Lock()
	c.loads++
	c.loadMu.Unlock()
	return v
}

func expensive(k int) int {
	s := 0
	for i := 0; i <= k; i++ {
		s += i * i
	}
	return s
}

func main() {
	c := &Cache{data: map[int]int{}}
	var wg sync.WaitGroup
	sums := make([]int, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				sums[g] += c.Get(i % 25)
			}
		}()
	}
	wg.Wait()
	fmt.Println("distinct loads:", c.loads, "entries:", len(c.data))
	allSame := true
	for _, s := range sums {
		if s != sums[0] {
			allSame = false
		}
	}
	fmt.Println("every reader saw the same values:", allSame, sums[0])
	fmt.Println("Get(10) =", c.Get(10), "Get(24) =", c.Get(24))

	// Many readers may hold RLock at the same time.
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("two read locks held")
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println("write lock acquired after readers left")
	rw.Unlock()
}
