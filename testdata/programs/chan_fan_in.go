package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return out
}

func fanIn(inputs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	merged := fanIn(producer("a", 3), producer("b", 5), producer("c", 2))
	var got []string
	for v := range merged {
		got = append(got, v)
	}
	sort.Strings(got) // arrival order varies; sort for a stable report
	fmt.Println(len(got), got)

	// Fan-out then fan-in of squares.
	nums := make(chan int)
	go func() {
		for i := 1; i <= 20; i++ {
			nums <- i
		}
		close(nums)
	}()
	squares := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range nums {
				squares <- n * n
			}
		}()
	}
	go func() { wg.Wait(); close(squares) }()
	sum := 0
	for s := range squares {
		sum += s
	}
	fmt.Println("sum of squares 1..20:", sum)
}
