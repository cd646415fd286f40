package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Blob struct {
	data [1024]byte
	next *Blob
}

func churn(n int) int {
	var keep *Blob
	total := 0
	for i := 0; i < n; i++ {
		b := &Blob{}
		b.data[0] = byte(i)
		total += int(b.data[0])
		if i%100 == 0 {
			b.next = keep
			keep = b
		}
	}
	count := 0
	for ; keep != nil; keep = keep.next {
		count++
	}
	return total + count
}

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	runtime.GC()
	fmt.Println("churn:", churn(20000))
	runtime.GC()

	var wg sync.WaitGroup
	release := make(chan struct{})
	ready := make(chan struct{})
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ready <- struct{}{}
			<-release
		}()
	}
	for i := 0; i < 10; i++ {
		<-ready
	}
	fmt.Println("goroutines while 10 are blocked:", runtime.NumGoroutine())
	runtime.GC() // blocked goroutines' stacks are scanned as roots
	close(release)
	wg.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines after they finish:", runtime.NumGoroutine())
	runtime.GC()
	runtime.GC()
	fmt.Println("churn again:", churn(5000))
}
