package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

type Bank struct {
	mu       sync.Mutex
	balances []int
}

func (b *Bank) Transfer(from, to, amt int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balances[from] < amt {
		return false
	}
	b.balances[from] -= amt
	b.balances[to] += amt
	return true
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	keys := []string{"alpha", "beta", "gamma"}
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				c.Inc(keys[(g+i)%len(keys)])
			}
		}()
	}
	wg.Wait()
	snap := c.Snapshot()
	names := make([]string, 0, len(snap))
	for k := range snap {
		names = append(names, k)
	}
	sort.Strings(names)
	total := 0
	for _, k := range names {
		fmt.Println(k, snap[k])
		total += snap[k]
	}
	fmt.Println("total:", total)

	bank := &Bank{balances: []int{1000, 1000, 1000, 1000}}
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				bank.Transfer((g+i)%4, (g+2*i+1)%4, (i%7)+1)
			}
		}()
	}
	wg.Wait()
	sum := 0
	for _, b := range bank.balances {
		sum += b
	}
	fmt.Println("money conserved:", sum == 4000, sum)
}
