// Generic code with channels and goroutines: a generic pipeline stage and
// a generic fan-in, instantiated for two element types.
package main

import (
	"fmt"
	"sync"
)

func Gen[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		for _, x := range xs {
			ch <- x
		}
		close(ch)
	}()
	return ch
}

func Stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U, 4)
	go func() {
		defer close(out)
		for x := range in {
			out <- f(x)
		}
	}()
	return out
}

func Merge[T any](cs ...<-chan T) []T {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var all []T
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				mu.Lock()
				all = append(all, v)
				mu.Unlock()
			}
		}(c)
	}
	wg.Wait()
	return all
}

func main() {
	sq := Stage(Gen(1, 2, 3), func(x int) int { return x * x })
	total := 0
	for v := range sq {
		total += v
	}
	fmt.Println(total)
	words := Stage(Gen("a", "bb", "ccc"), func(s string) int { return len(s) })
	got := Merge(words, Gen(10, 20))
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println(len(got), sum)
}
