package main

import "fmt"

type Cache struct {
	data  map[string]string
	hits  int
	miss  int
	limit int
}

func NewCache(limit int) *Cache {
	return &Cache{data: make(map[string]string), limit: limit}
}

func (c *Cache) Get(k string) (string, bool) {
	v, ok := c.data[k]
	if ok {
		c.hits++
	} else {
		c.miss++
	}
	return v, ok
}

func (c *Cache) Put(k, v string) {
	if len(c.data) >= c.limit {
		fmt.Println("  cache full at", len(c.data), "entries: clearing")
		clear(c.data)
	}
	c.data[k] = v
}

func main() {
	c := NewCache(3)
	for i := 0; i < 10; i++ {
		k := fmt.Sprintf("k%d", i*i%7)
		if _, ok := c.Get(k); !ok {
			c.Put(k, fmt.Sprintf("value-%d", i))
		}
		fmt.Printf("step %d: key=%s len=%d\n", i, k, len(c.data))
	}
	fmt.Println("hits", c.hits, "misses", c.miss)

	m := map[int]int{1: 1, 2: 4, 3: 9}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m == nil, m)
	m[4] = 16
	fmt.Println(alias)

	// clear on a nil map is a no-op.
	var nilMap map[string]bool
	clear(nilMap)
	fmt.Println(len(nilMap), nilMap == nil)

	// clear on a slice zeroes elements but keeps the length.
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))

	// Deleting all keys while ranging is allowed.
	big := map[int]bool{}
	for i := 0; i < 100; i++ {
		big[i] = true
	}
	for k := range big {
		delete(big, k)
	}
	fmt.Println("after deleting in range:", len(big))
}
