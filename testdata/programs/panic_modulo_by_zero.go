package main

import "fmt"

type HashTable struct {
	buckets [][]string
}

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

func (t *HashTable) bucketFor(key string) uint32 {
	return hash(key) % uint32(len(t.buckets)) // zero buckets: divide by zero
}

func main() {
	t := &HashTable{buckets: make([][]string, 8)}
	for _, k := range []string{"apple", "pear"} {
		fmt.Println(k, "-> bucket", t.bucketFor(k))
	}
	empty := &HashTable{}
	fmt.Println("empty table has", len(empty.buckets), "buckets")
	fmt.Println(empty.bucketFor("apple"))
}
